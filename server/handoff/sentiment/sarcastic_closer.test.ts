/**
 * Praise as the last sentence after a problem reads as sarcasm ("…logged me out again. Great stuff."); praise
 * after a turn for the better, or after no problem at all, does not.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTIMENT_THRESHOLD } from '../handoff_config.ts';
import { RuleSentimentScorer } from './sentiment_scorer.ts';

const scorer = new RuleSentimentScorer();
const THRESHOLD = DEFAULT_SENTIMENT_THRESHOLD;

describe('praise closing a complaint', () => {
  it.each([
    'The transfer failed twice this morning. Brilliant.',
    'Card declined at the petrol station with money in the account. Marvellous!',
    'Oh lovely. Another maintenance window right when my salary lands.',
  ])('"%s" is sarcasm', (text) => {
    const a = scorer.analyze(text);
    expect(a.sarcasm).toBe(true);
    expect(a.score).toBeLessThanOrEqual(THRESHOLD);
  });

  it.each([
    'It was slow this morning but the payment went through. Brilliant.',
    'You answered all my questions. Perfect.',
    'Is the app down for maintenance tonight?',
  ])('"%s" is not', (text) => {
    const a = scorer.analyze(text);
    expect(a.sarcasm).toBe(false);
    expect(a.score).toBeGreaterThan(THRESHOLD);
  });
});
