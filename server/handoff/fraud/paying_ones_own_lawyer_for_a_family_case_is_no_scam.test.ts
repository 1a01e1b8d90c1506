/**
 * The customer paying their own lawyer's retainer for their own family case (own_legal_fee.ts, read with
 * own_life_event_bill.ts): "I have to send my custody attorney a $2,000 retainer to their IOLTA account". The model's
 * unsure alarm stands down; new bank details by email are still a scam. (The model reads the Mandarin wording calmly
 * already; it is kept here so that it stays so.)
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe("paying one's own lawyer for a family case", () => {
  it.each([
    'I have to send my custody attorney a $2,000 retainer to their IOLTA account this week. What are the wire fees?',
    '离婚官司的律师费五万，要打到律所的信托账户，电汇还是本票',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    'My solicitor emailed new bank details for my divorce case fees, can I pay £3,000 today?',
    '律师说抚养权官司要先交三万律师费，打到律所的对公账户，转账还是汇票好',
  ])('"%s" still gets the fraud warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
