/**
 * A fee paid by the customer to a school's or a hospital's own published account, held by the bank's risk check
 * (fee_to_an_institutions_published_account_held_by_the_banks_check.ts): no advance-fee scheme. The same fee into
 * an account a teacher sent in a chat group, or someone's personal account, stays a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS, fraudAlarm } from '../testing/model_readings.ts';

const calm = firstMessageVerdict({}, NOTHING_AMISS);
const unsure = firstMessageVerdict({}, fraudAlarm(0.7));

describe('a fee to an institution’s published account, held by the bank’s check', () => {
  it.each([
    '给女儿交大学住宿费，转账提示有风险被暂停了，收款账户是学校官网公布的对公账户，我自己转的，怎么放行',
    '医院缴费通知上写的对公账户，交住院费的时候被拦截了，说是风险交易，要怎么解除',
    'Paying my daughter’s tuition to the account on the university’s own website and your app flagged it as risky and paused it. How do I release it?',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
    expect(unsure(text)).toBeNull();
  });

  it.each([
    '班主任在微信群里发了个个人账户让交学费，转账提示有风险被暂停了，怎么解除',
    'The school fees are going to a teacher’s personal account she texted me, the payment was paused as risky, how do I release it?',
  ])('"%s" is not let through by this rule', (text) => {
    expect(unsure(text)?.reason).toBe('fraud_risk');
  });
});
