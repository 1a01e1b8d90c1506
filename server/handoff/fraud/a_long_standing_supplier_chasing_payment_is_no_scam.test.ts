/**
 * A supplier dealt with for years chasing payment to the account it has always used ("面粉厂家一早就打电话催款 说今天不付就
 * 不发货 合作七八年的老供应商了 还是打到他们的对公账户", "Our packaging supplier, worked together 12 years, rang saying pay
 * today or they stop the order. Paying 5,600 to their usual account") is a small business's everyday, no scam
 * (fraud/long_standing_supplier.ts): the model's alarm stands only when it is all but certain. A new or a changed
 * account, or an email with new details, is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';

/** The model reading a scam, as the trained one did in such messages (0.83 to 0.98). */
const verdict = firstMessageVerdict({}, fraudAlarm(0.96));

describe('a long-standing supplier chasing payment', () => {
  it.each([
    '面粉厂家一早就打电话催款 说今天不付就不发货 合作七八年的老供应商了 还是打到他们的对公账户 下午三点前能到吗',
    'Our packaging supplier, worked together 12 years, rang saying pay today or they stop the order. Paying 5,600 to their usual account, will it be instant?',
  ])('"%s" is no scam', (text) => {
    expect(verdict(text)?.reason).not.toBe('fraud_risk');
  });

  it.each([
    '合作十年的供应商说他们换了新账户 今天必须付 12万转过去',
    'Our supplier of 10 years emailed that payment must go to a new account today',
    '合作多年的供应商老板微信上让我今天把货款转到他个人卡上',
  ])('"%s" is still a scam', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
