/**
 * A fee, penalty or interest asked about ahead of time ("is there a penalty if…", "逾期一天会罚多少") names what
 * the customer asks about, not a charge they suffered: no negative sentiment. A charge already taken, and the
 * customer's anger at it, still count.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTIMENT_THRESHOLD } from '../handoff_config.ts';
import { RuleSentimentScorer } from './sentiment_scorer.ts';

const scorer = new RuleSentimentScorer();
const THRESHOLD = DEFAULT_SENTIMENT_THRESHOLD;

describe('fees asked about ahead of time', () => {
  it.each([
    '信用卡逾期一天会罚多少钱',
    '滞纳金和利息哪个贵？我想知道逾期的代价',
    '提前还房贷会不会有违约金',
    'Urgent question: is today the last day to pay my credit card without a late fee?',
    "What's the interest penalty if I go over my overdraft limit?",
    'Is there a penalty if I pay off my mortgage early?',
  ])('"%s" is not negative', (text) => {
    expect(scorer.analyze(text).score).toBeGreaterThan(THRESHOLD);
  });

  it.each([
    '凭什么收我滞纳金，我明明按时还了',
    '又被扣了年费，烦死了',
    'You charged me a late fee even though I paid on time. Ridiculous',
    'Another late fee? Seriously?',
  ])('"%s" is still negative', (text) => {
    expect(scorer.analyze(text).score).toBeLessThanOrEqual(THRESHOLD);
  });
});
