/**
 * A disaster or charity appeal, forwarded in a chat, whose account is a person's own rather than the charity's is how
 * a fake collector takes the money (fraud/charity_into_a_personal_account.ts), even when the customer only asks how to
 * send it. A donation to the charity's own account, or from the customer's own personal account, is not.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

// Calm model readings: the rule alone must catch the scam.
const calm = firstMessageVerdict({}, CALM);
const verdict = firstMessageVerdict();

describe('a forwarded appeal into a personal account', () => {
  it.each([
    "Want to give $300 to the hurricane relief fund my cousin forwarded on Facebook, the payee is the admin's personal account. What's the cut-off for same-day transfers?",
    'Someone shared a flood appeal in our group chat, it is paying into a personal account in Turkey. How much does an international transfer cost?',
    '小区群里转发了一个地震灾区的募捐，收款是发起人的个人账户，我想捐一千，跨行转账要手续费吗',
    '朋友圈看到给山火受灾户筹款的，收款卡写的是私人银行卡，我转五百过去几点能到账',
  ])('"%s" gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    'I want to donate £50 to the British Red Cross earthquake appeal from my personal account rather than the business one, how?',
    '我在红十字会官网给灾区捐了两百，能开捐赠票据吗',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });
});
