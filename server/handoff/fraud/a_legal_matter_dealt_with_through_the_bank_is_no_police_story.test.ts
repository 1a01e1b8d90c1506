/**
 * A real legal matter the customer asks the bank about (fraud/legal_matter_through_the_bank.ts): a court, a
 * prosecutor or the police asking the bank for records or to freeze an account, or jury service, is no story of
 * impersonated police; nor is the customer being sued a threat to the bank (sentiment/lexicon_en.ts). Money to move,
 * a fine, or a call from the "authority" is still the scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, CALM);
// The trained model, which is not sure enough of these to overrule a threat word.
const trained = firstMessageVerdict();

describe('a legal matter dealt with through the bank', () => {
  it.each([
    '我做生意的合伙人涉嫌职务侵占，检察院说要向你们调取我们公司账户的流水，我本人需要来配合吗',
    'I have been called for jury service at the county court and my pay drops for a month. Can I pause my loan?',
    'The police said they have asked the bank for my statements for the investigation into my ex. Will you tell me before you send them?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each(['My tenant is taking me to small claims over the deposit. Can she get my account frozen?'])(
    '"%s" is no threat to the bank',
    (text) => {
      expect(trained(text)).toBeNull();
    },
  );

  it.each([
    '检察院来电说我的账户涉嫌洗钱，法院要冻结，让我先把钱转到他们给的账户',
    'A man from the court phoned, said I missed jury service and must pay a fine today or be arrested',
    "I'm taking you to small claims if this charge isn't refunded",
  ])('"%s" still escalates', (text) => {
    expect(trained(text)).not.toBeNull();
  });
});
