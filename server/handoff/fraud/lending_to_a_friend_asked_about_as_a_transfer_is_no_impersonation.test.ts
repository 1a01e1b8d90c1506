/**
 * The customer's own loan to a friend, asked about as a transfer ("朋友结婚急用钱，我借他两万，转账的时候要不要备注借款啊",
 * "my friend needs cash for his wedding, I'm lending him 2k. Should I put 'loan' in the reference?"), is the
 * customer's errand, not a friend impersonated: no scheme. The friend's plea sent by message, or the customer
 * told to lend, is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { FraudDetector } from './fraud_detector.ts';

const detector = new FraudDetector();

describe('lending to a friend, asked about as a transfer', () => {
  it.each([
    '朋友结婚急用钱，我借他两万，转账的时候要不要备注借款啊',
    '同学买房急用钱，我准备借她五万，转账备注写什么好',
    "My friend needs cash urgently for his wedding, I'm lending him 2k. Should I put 'loan' in the reference?",
  ])('"%s" is no scheme', (text) => {
    expect(detector.assess(text).schemes).toEqual([]);
  });

  it.each([
    '朋友QQ上说结婚急用钱，让我借他两万，转账要不要备注借款',
    "My friend texted that he needs cash urgently, I'm lending him 2k, what reference?",
  ])('"%s" is still a scam', (text) => {
    expect(detector.assess(text).schemes).toContain('impersonation');
  });
});
