/**
 * A period the bank quoted, with more days counted since than its upper bound, reads as frustration; days
 * still within the period do not.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTIMENT_THRESHOLD } from '../handoff_config.ts';
import { periodOverrun } from './period_overrun.ts';
import { RuleSentimentScorer } from './sentiment_scorer.ts';

const scorer = new RuleSentimentScorer();
const THRESHOLD = DEFAULT_SENTIMENT_THRESHOLD;

describe('a quoted period long passed', () => {
  it.each([
    '"7-10 business days" for a refund. It has been 19.',
    "the letter said 5 working days, it's been eleven",
    '说的是3到5个工作日，现在都第9天了',
    '退款说七个工作日，这都十五天了',
  ])('"%s" reads as frustration', (text) => {
    expect(periodOverrun(text.toLowerCase())).toBe(true);
    expect(scorer.analyze(text).score).toBeLessThanOrEqual(THRESHOLD);
  });

  it.each([
    'The site says 3-5 working days and it has been 2, is that normal?',
    "It says 10 business days, it's been 4 so far, just checking",
    '页面写着3到5个工作日，今天是第2个工作日，正常吧',
    '5个工作日到账的话，现在是第3天，还要等吗',
  ])('"%s" stays calm', (text) => {
    expect(periodOverrun(text.toLowerCase())).toBe(false);
    expect(scorer.analyze(text).score).toBeGreaterThan(THRESHOLD);
  });
});
