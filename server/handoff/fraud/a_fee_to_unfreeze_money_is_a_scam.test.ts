/**
 * A fee to have money "unfrozen" (fee_to_unfreeze_money.ts): no bank, lender or platform charges one, so the fee named is
 * the scam, however calmly asked. An account the bank froze and unfroze, or whether the bank charges, stays with the
 * assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { NOTHING_AMISS } from '../testing/model_readings.ts';

const calm = firstMessageVerdict({}, NOTHING_AMISS);

describe('a fee to unfreeze money', () => {
  it.each([
    '解冻金付了两次了钱还不到，还要付吗',
    '解冻金已经转过去了，怎么还显示冻结',
    "paid the unfreezing fee yesterday and the loan still isn't in, should I pay it again?",
    'the loan app wants an unfreeze fee before it pays out, how do I pay it?',
  ])('"%s" gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    '我的账户解冻了，钱怎么还没到',
    '你们解冻账户要收解冻费吗',
    "my account was unfrozen this morning but the money isn't showing yet",
    'is there a fee to unfreeze my account?',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
  });
});
