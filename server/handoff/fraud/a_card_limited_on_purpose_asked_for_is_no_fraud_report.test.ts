/**
 * A card or an account limited on purpose (no online payments, a lower limit), asked for the customer or a relative
 * they look after, is no fraud report, whatever the classifier hears (protective_card_setting_asked.ts). A card used
 * by someone else, told, still is.
 */
import { describe, expect, it } from 'vitest';
import { classifierFraudReport } from '../testing/classifier_fraud_report.ts';

describe('a card limited on purpose, asked for', () => {
  const read = classifierFraudReport();

  it.each([
    ['我奶奶八十多了，想给她办一张不能网上支付的卡，可以吗', false],
    ['My grandad is 90, can we turn off online payments on his card completely? Is that possible?', false],
    ['我奶奶的卡被盗刷了三千，想办一张不能网上支付的卡', true],
    ['Someone used my grandad’s card online yesterday, I want to turn off online payments on his card', true],
  ] as const)('"%s" is a fraud report: %s', (text, report) => {
    const { intentReason, fraudRaised } = read(text);
    expect(intentReason).toBe('fraud_risk');
    expect(fraudRaised).toBe(report);
  });
});
