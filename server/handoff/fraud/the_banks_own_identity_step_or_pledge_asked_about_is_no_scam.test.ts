/**
 * The bank's own face or identity step, met at the branch or in the customer's own payment
 * (banks_own_identity_step_asked_about.ts), and the bank's own pledge not to lend the account, signed at the branch
 * (banks_own_pledge_not_to_lend_the_account.ts), asked about: no scam, even when the model raises an alarm. The same
 * step asked for by a caller or a link, and an offer of money for the account, stay the scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';

const alarmed = firstMessageVerdict({}, fraudAlarm(0.75));

describe("the bank's own identity step or pledge", () => {
  it.each([
    '支行通知我去柜台更新一下身份证信息，要带什么',
    '刚才付款的时候跳出来要人脸识别，这是新规定吗',
    'My transfer to my landlord wanted a selfie check before it would go through. Is that normal?',
    'The branch wants me to come in and update my ID photo, do I need an appointment?',
    '办卡的时候柜员拿了份不出借不出售账户的声明让我签，是不是每家银行都这样',
    'When I opened my account I had to sign a declaration that I will never sell or lend my account. Is that normal?',
  ])('"%s" stays with the assistant', (text) => {
    expect(alarmed(text)).toBeNull();
  });

  it.each([
    '自称客服的人打电话说账户要安全升级，发了个链接让我刷脸验证',
    'Someone texted me a link saying my login needs a new face scan, is that normal?',
    '有人说一个月给我三千，让我把卡借他用，我开户时签过不出借的承诺书',
    'A guy offered me £300 a month to let him use my account, even though I signed a form at the branch saying I would not lend it',
  ])('"%s" still gets the scam warning', (text) => {
    expect(alarmed(text)?.reason).toBe('fraud_risk');
  });
});
