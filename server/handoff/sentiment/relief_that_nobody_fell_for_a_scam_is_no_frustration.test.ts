/**
 * Relief that nobody fell for a scam ("luckily nobody paid", "thankfully no one fell for it", "幸好没人转钱") is good
 * news, not the lexicon's "nobody helps", and with nothing negative beside it not the model's frustration either
 * (sentiment/relief_that_nobody_fell_for_it.ts). "nobody helped", or anger at the bank beside the relief, still is
 * frustration.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import type { HandoffModelScores } from '../model/handoff_model.ts';

/** The model reading an ordinary request. */
const CALM: HandoffModelScores = {
  frustrated: 0.1,
  explicit: 0.01,
  neutral: 0.7,
  fraud_risk: 0.19,
  escalate: false,
  fraud: false,
};
const verdict = firstMessageVerdict({}, CALM);

/** The model hearing frustration in the scam's words, as the trained one did in such a message (0.67). */
const UPSET: HandoffModelScores = {
  frustrated: 0.67,
  explicit: 0.01,
  neutral: 0.06,
  fraud_risk: 0.26,
  escalate: true,
  fraud: false,
};
const upsetVerdict = firstMessageVerdict({}, UPSET);

describe('relief that nobody fell for a scam', () => {
  it.each([
    "My aunt's Facebook got cloned and her friends were asked for money, luckily nobody paid. Where do I report the account number they used?",
    'Fake texts went round our office asking everyone for gift cards, thankfully no one fell for it. Can I report the number to you?',
  ])('"%s" is no frustration', (text) => {
    expect(verdict(text)?.reason).not.toBe('negative_sentiment');
  });

  it.each([
    'I rang four times about my blocked card and nobody helped',
    'Nobody ever answers at your branch',
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});

describe('relief that nobody fell for a scam, read by a model hearing frustration', () => {
  it.each([
    "My aunt's Facebook got cloned and her friends were asked for money, luckily nobody paid. Where do I report the account number they used?",
    '我姑姑的微信号被盗了，骗子给她朋友群发借钱，幸好没人转钱，骗子留的账号在哪举报',
  ])('"%s" is no frustration', (text) => {
    expect(upsetVerdict(text)?.reason).not.toBe('negative_sentiment');
  });

  it.each([
    "My aunt's Facebook got cloned, luckily nobody paid, but your fraud team ignored my report for a week, useless",
    '我姑姑微信被盗了，幸好没人转钱，可你们客服一直推来推去，太气人了',
  ])('"%s" is still frustration', (text) => {
    expect(upsetVerdict(text)?.reason).toBe('negative_sentiment');
  });
});
