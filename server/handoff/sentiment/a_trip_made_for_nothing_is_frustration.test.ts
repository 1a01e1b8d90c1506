/**
 * A trip to the branch made for nothing, or the bank scorned as no bank, reads as frustration;
 * asking whether a branch is open, or a trip that went fine, stays calm.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTIMENT_THRESHOLD } from '../handoff_config.ts';
import { RuleSentimentScorer } from './sentiment_scorer.ts';
import { wastedTrip } from './wasted_trip.ts';

const scorer = new RuleSentimentScorer();

describe('a trip made for nothing', () => {
  it.each([
    'thanks a lot, drove 40 min to the branch and it was shut despite your website saying open',
    'Took the bus into town to the branch, only to find it closed on a Tuesday afternoon',
    'is this a bank or a circus, nobody knows where my form went',
    "queued for an hour and there's one cashier open. is this a bank or a post office at christmas",
    '专门请了半天假跑到网点，结果关门了',
    '官网上写着周六营业，我过去一看居然关门',
    '就开一个窗口，这是银行还是菜市场',
  ])('"%s" reads as frustration', (text) => {
    expect(wastedTrip(text.toLowerCase())).toBe(true);
    expect(scorer.analyze(text).score).toBeLessThanOrEqual(DEFAULT_SENTIMENT_THRESHOLD);
  });

  it.each([
    'Is the branch on King Street open on Saturday?',
    'drove to the branch this morning and got my new card, all sorted',
    '网点周末开门吗',
    'went to the branch yesterday and it was closed, when are you open on Sundays?',
    '昨天专门去网点，结果关门了，周日几点开门',
    '我开车去网点把卡取回来了，挺顺利的',
  ])('"%s" stays calm', (text) => {
    expect(wastedTrip(text.toLowerCase())).toBe(false);
    expect(scorer.analyze(text).score).toBeGreaterThan(DEFAULT_SENTIMENT_THRESHOLD);
  });
});
