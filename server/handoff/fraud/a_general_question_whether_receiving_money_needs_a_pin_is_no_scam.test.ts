/**
 * Whether receiving money needs the customer's PIN or password, asked with nobody else in it
 * (fraud/receiving_money_question.ts), is a question for the assistant: receiving never does. The trained model
 * hears the scam in which a buyer's link "needs your password to receive the payment"; that scam, with its buyer,
 * link or QR code, still gets its warning.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a general question whether receiving money needs a PIN', () => {
  it.each(['Do I need to enter my card PIN to receive a payment?', '收款需要输入银行卡密码吗'])(
    '"%s" stays with the assistant',
    (text) => {
      expect(verdict(text)).toBeNull();
    },
  );

  it.each([
    'Do I need to enter my PIN to receive the payment? The buyer sent me a link',
    '收款要输密码吗？对方发来的链接',
  ])('"%s" still gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
