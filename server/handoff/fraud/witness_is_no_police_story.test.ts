/**
 * The customer helping a case as a witness ("the police want my statements") is no story of impersonated
 * police; a "witness" told to move money still is.
 */
import { describe, expect, it } from 'vitest';
import { FraudDetector } from './fraud_detector.ts';

const detector = new FraudDetector();

describe('a witness in a case', () => {
  it.each([
    "I'm a witness in a theft case at work and the police asked for my card statements, can I print them?",
    '我是同事那个诈骗案的证人，派出所让我打印去年的流水',
  ])('"%s" is no scam story', (text) => {
    expect(detector.assess(text).schemes).toEqual([]);
  });

  it.each([
    'A police officer says I am a witness in a money laundering case and must move my savings to a safe account',
    '警察说我是洗钱案的证人，让我把钱转到他给的账户配合调查',
  ])('"%s" is still a scam story', (text) => {
    expect(detector.assess(text).schemes).toContain('safe_account');
  });
});
