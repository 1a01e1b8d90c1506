/**
 * A SWIFT code, a sort code or a 联行号 asked for by whoever pays the customer ("my employer in Singapore is sending
 * my pay here and they're asking for your SWIFT code") is the bank's public identifier, no code asked for
 * (bank_identifier.ts). A one-time code asked for beside it is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { FraudDetector } from './fraud_detector.ts';

const detector = new FraudDetector();

describe('a bank code asked for by a payer', () => {
  it.each([
    "my employer in Dubai is sending my salary here and they're asking for your SWIFT code, what is it",
    'my client in London wants to pay me and asked for the sort code and BIC',
    '国外客户要给我打货款，对方问我要你们的SWIFT码和联行号，在哪查',
  ])('"%s" is no scam story', (text) => {
    expect(detector.assess(text).schemes).toEqual([]);
  });

  it.each([
    'the caller said he was from the bank and asked for my SWIFT code and the code from the text message',
    '自称银行客服的人打电话问我要联行号，还让我把短信验证码报给他',
  ])('"%s" is still a code asked for', (text) => {
    expect(detector.assess(text).schemes).toContain('code_request');
  });
});
