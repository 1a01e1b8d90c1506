/**
 * A loan the customer makes to a friend or a relative, face to face, asking only how to word the transfer
 * (loan_to_a_friend_asked_as_a_transfer.ts): the customer's own payment, no scam even when the model raises an alarm.
 * A "friend" on a new number or a message asking to borrow stays the impersonation scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm, NOTHING_AMISS } from '../testing/model_readings.ts';

const alarmed = firstMessageVerdict({}, fraudAlarm(0.8));
const calm = firstMessageVerdict({}, NOTHING_AMISS);

describe('a loan to a friend asked about as a transfer note', () => {
  it.each([
    'My flatmate is borrowing 400 till payday, should I put loan in the reference?',
    'Lending my cousin 3k for his car, what should I write as the payment reference so it is clear it is a loan?',
    '同事找我借五千，下个月发工资还，转账要不要写借款用途',
    '借给表弟三万买车，转账附言写什么好',
  ])('"%s" stays with the assistant', (text) => {
    expect(alarmed(text)).toBeNull();
  });

  it.each([
    'A friend messaged me from a new number asking to borrow 500 urgently, should I put loan in the reference?',
    '朋友换了新号找我借两万说急用，转账要写备注吗',
  ])('"%s" still gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });
});
