/**
 * The customer's own slip, money sent to the wrong account by a typo or a tap ("手一抖输错了一位账号，三千块转给了不认识
 * 的人，能要回来吗", "accidentally transferred 5k to a stranger, help"), is no fraud report: neither the classifier's
 * nor the model's (own_mistaken_transfer.ts). Someone else's "mistaken" payment to be sent back, or a payment
 * someone told the customer to make, is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { classifierFraudReport } from '../testing/classifier_fraud_report.ts';

describe('the customer’s own mistaken transfer', () => {
  const read = classifierFraudReport();

  it.each([
    ['给房东交房租手一抖输错了一位账号，两千块转给了不认识的人，还能要回来吗', false],
    ['accidentally transferred 3k to a stranger, how do I get it back', false],
    ['有人说他误转给我五千块，让我退回给他另一个账户', true],
    ['a buyer says he sent me too much by mistake and wants me to refund the difference to his cousin', true],
  ] as const)('"%s" is a fraud report: %s', (text, report) => {
    const { intentReason, fraudRaised } = read(text);
    expect(intentReason).toBe('fraud_risk');
    expect(fraudRaised).toBe(report);
  });
});
