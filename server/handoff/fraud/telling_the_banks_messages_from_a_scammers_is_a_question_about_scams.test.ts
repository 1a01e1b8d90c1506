/**
 * How to tell the bank's own messages from a scammer's (你们发的跟骗子发的分不清, "how do I tell yours apart") is a
 * question about scams (fraud_patterns.ts `prevention`), not a scam story. A link clicked and details entered is one.
 */
import { describe, expect, it } from 'vitest';
import { FraudDetector } from './fraud_detector.ts';

const detector = new FraudDetector();

describe("telling the bank's messages from a scammer's", () => {
  it.each([
    '你们的通知短信和骗子的短信我分不出来，带链接的能不能点',
    'Texts from you and from scammers look identical, how am I supposed to tell them apart?',
  ])('"%s" is a question about scams', (text) => {
    expect(detector.assess(text).preventionQuestion).toBe(true);
  });

  it.each([
    '收到短信说我的卡要过期，点了链接填了卡号和验证码，现在钱被转走了',
    "I couldn't tell the text apart from yours, so I clicked the link and entered my card number and code",
  ])('"%s" is not', (text) => {
    expect(detector.assess(text).preventionQuestion).toBe(false);
  });

  it.each(['真假我也看不出来，就点开了链接，又输了卡号和验证码，卡上的钱被转走了'])(
    '"%s" is a phishing story, not a question',
    (text) => {
      const a = detector.assess(text);
      expect(a.preventionQuestion).toBe(false);
      expect(a.schemes).toContain('code_request');
    },
  );
});
