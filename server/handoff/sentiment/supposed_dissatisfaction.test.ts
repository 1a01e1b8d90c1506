/**
 * Dissatisfaction supposed in a conditional clause ("如果不满意可以退吗", "if I'm not happy with it…") is no
 * feeling the customer has now, and asking where to raise a concern is a question about the procedure; the
 * same words said outright, or "要是再…" ("if once more…"), still count.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTIMENT_THRESHOLD } from '../handoff_config.ts';
import { RuleSentimentScorer } from './sentiment_scorer.ts';

const scorer = new RuleSentimentScorer();
const THRESHOLD = DEFAULT_SENTIMENT_THRESHOLD;

describe('dissatisfaction supposed, not felt', () => {
  it.each([
    '如果对理财收益不满意，能提前赎回吗',
    '要是对审批结果有意见，在哪里可以申诉',
    "If I'm not satisfied with the new card design, can I swap it?",
  ])('"%s" is not negative', (text) => {
    const a = scorer.analyze(text);
    expect(a.score).toBeGreaterThan(THRESHOLD);
    expect(a.threat).toBeNull();
  });

  it('asking where to raise a concern is a question about the procedure', () => {
    expect(scorer.analyze('这个事情我能找谁反映一下').deniesComplaint).toBe(true);
  });

  it.each([
    '我对你们的处理结果很不满意',
    '要是再不满意我就投诉',
    "I'm very unhappy with how this was handled",
  ])('"%s" still reads as negative', (text) => {
    expect(scorer.analyze(text).score).toBeLessThanOrEqual(THRESHOLD);
  });
});
