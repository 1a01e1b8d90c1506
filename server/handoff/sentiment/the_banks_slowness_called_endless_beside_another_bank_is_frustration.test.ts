/**
 * The bank's own slowness called endless beside another bank of the customer's that does it at once ("takes ages with
 * you guys, my old bank did it instantly", another_bank_faster_asked_why.ts): a reproach without an angry word, so it
 * escalates. A plain question how long something takes, beside another bank, stays with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe("the bank's slowness called endless beside another bank", () => {
  it.each([
    'International transfers take ages with you guys, my previous bank did them overnight',
    '你们跨行转账慢吞吞的，我别的银行都是当天到账',
  ])('"%s" escalates', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    'How long does cheque clearing take with you? My other bank does it next day.',
    '你们跨行转账一般多久到账？',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });
});
