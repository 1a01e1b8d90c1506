/**
 * An aside closed by "anyway" / 言归正传 and laughter ("lol", "haha") weigh less than the business that follows;
 * the procedure for a complaint one might make is no threat; a regulator or the newspapers named as a threat is.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTIMENT_THRESHOLD } from '../handoff_config.ts';
import { RuleSentimentScorer } from './sentiment_scorer.ts';

const scorer = new RuleSentimentScorer();
const THRESHOLD = DEFAULT_SENTIMENT_THRESHOLD;

describe('asides, complaint procedures and new threats', () => {
  it.each([
    'The traffic this morning was so annoying haha. Anyway, what time does the branch open?',
    'My flight got delayed, a bit frustrating. Anyhow, can I use my card in Japan?',
    '今天堵车堵得好烦，言归正传，信用卡账单日怎么改',
  ])('an aside: "%s" stays calm', (text) => {
    expect(scorer.analyze(text).score).toBeGreaterThan(THRESHOLD);
  });

  it.each([
    'Useless app, logged me out twice. Anyway, how do I reset my PIN?',
    'Anyway, this is ridiculous, I want my money back',
  ])('"%s" is still frustration', (text) => {
    expect(scorer.analyze(text).score).toBeLessThanOrEqual(THRESHOLD);
  });

  it.each([
    'What is the process for making a complaint about a branch, just asking for future reference',
    'If I ever wanted to file a complaint, what are the steps?',
    'Who deals with complaints about mortgage advisers, out of curiosity?',
  ])('"%s" is no threat', (text) => {
    expect(scorer.analyze(text).threat).toBeNull();
  });

  it.each([
    "Sort this out today or I'm writing to the local paper",
    'Refund me or the HKMA will hear about it',
    'I will be talking to the press about how you treated my mother',
  ])('"%s" is a threat', (text) => {
    expect(scorer.analyze(text).threat).not.toBeNull();
  });

  it.each(['I read in the newspapers that rates are going up', 'Does the HKMA protect my deposits?'])(
    '"%s" is no threat',
    (text) => {
      expect(scorer.analyze(text).threat).toBeNull();
    },
  );
});

describe('idioms that turn on their context', () => {
  it.each([
    'My card got blocked at the till with a queue behind me. Great start to the weekend.',
    'Payment bounced again and the app crashed. Perfect way to end the day!',
  ])('"%s" closes a complaint with sarcasm', (text) => {
    const a = scorer.analyze(text);
    expect(a.sarcasm).toBe(true);
    expect(a.score).toBeLessThanOrEqual(THRESHOLD);
  });

  it.each([
    'Salary arrived early today. Great start to the weekend.',
    '同学说下周准备还我钱，转账要提供卡号吗',
    '我表哥打算还我钱，用微信还是银行卡转好',
  ])('"%s" stays calm', (text) => {
    expect(scorer.analyze(text).score).toBeGreaterThan(THRESHOLD);
  });

  it("reads a demand for money back and a small-claims threat, not the customer's own case", () => {
    expect(scorer.analyze('还我钱！').score).toBeLessThanOrEqual(THRESHOLD);
    expect(scorer.analyze("Refund it or I'm taking you to small claims").threat).not.toBeNull();
    expect(
      scorer.analyze('Where do I pay the hearing fee for my small claims case against my builder?').threat,
    ).toBeNull();
  });
});
