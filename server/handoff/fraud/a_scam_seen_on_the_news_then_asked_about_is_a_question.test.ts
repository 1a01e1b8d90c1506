/**
 * A scam seen in the news, then a question whether the bank ever does what it does ("Just saw on the news about fake
 * police calls, does your bank ever ask people to move money to a safe account?") is a question about scams: the
 * subject-dropped "saw" opens hearsay, not the customer's story (fraud/seen_in_the_news.ts). A call the customer got
 * after it is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import type { HandoffModelScores } from '../model/handoff_model.ts';

const CALM: HandoffModelScores = {
  frustrated: 0.01,
  explicit: 0.01,
  neutral: 0.95,
  fraud_risk: 0.03,
  escalate: false,
  fraud: false,
};
const verdict = firstMessageVerdict({}, CALM);

describe('a scam seen on the news, then asked about', () => {
  it.each([
    'Just saw on the news that crooks pretending to be police get people to move their savings to a safe account. Would your bank ever ask me to do that?',
    'Saw a report about fake bank staff asking people to move money to a safe account. Does your bank ever ask customers to move money?',
  ])('"%s" is a question about scams', (text) => {
    expect(verdict(text)?.reason).not.toBe('fraud_risk');
  });

  it.each([
    'Just saw on the news about safe account scams. Someone called me this morning and told me to move my savings to a safe account, is that you?',
    'Saw your advert about savings. The police called me and said to move my money to a safe account, how do I do it?',
  ])('"%s" is still a scam', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
