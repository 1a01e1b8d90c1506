/**
 * "scam" naming one of the bank's features ("scam alerts", "scam protection settings") is no scam story;
 * "I've been scammed" still is.
 */
import { describe, expect, it } from 'vitest';
import { FraudDetector } from './fraud_detector.ts';

const detector = new FraudDetector();

describe('scam features', () => {
  it.each([
    'How do I turn on the scam alerts feature?',
    'Where do I switch on scam alerts in the app?',
    'Are the scam protection settings on by default?',
  ])('"%s" is no scam story', (text) => {
    expect(detector.assess(text).schemes).toEqual([]);
  });

  it.each(["I think I've been scammed, I paid a seller who vanished", 'the scammer has my card details now'])(
    '"%s" still is',
    (text) => {
      expect(detector.assess(text).schemes).toContain('victim_report');
    },
  );
});
