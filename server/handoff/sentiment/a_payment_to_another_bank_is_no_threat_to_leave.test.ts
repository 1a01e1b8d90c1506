/**
 * "Another bank" as where a payment goes ("if i send 15k to another bank before 3pm will it arrive same day",
 * "transfer to an account at another bank") is no threat to leave; "I'll go to another bank" still is.
 */
import { describe, expect, it } from 'vitest';
import { RuleSentimentScorer } from './sentiment_scorer.ts';

const scorer = new RuleSentimentScorer();

describe('another bank', () => {
  it.each([
    "need this to land today, it's urgent - if i send 15k to another bank before 3pm will it arrive same day",
    'how long does a transfer to another bank take today',
    'can I pay my rent to another bank account today?',
  ])('"%s" is a payment, no threat', (text) => {
    expect(scorer.analyze(text).threat).toBeNull();
  });

  it.each([
    "sort it out today or i'm going to another bank",
    "I will move my money to another bank if this isn't fixed",
  ])('"%s" is still a threat', (text) => {
    expect(scorer.analyze(text).threat).not.toBeNull();
  });
});
