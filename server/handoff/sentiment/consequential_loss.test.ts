/**
 * A loss the bank's failure already caused the customer (a bounced bill, a late fee, a lost deal) reads as
 * frustration; a worry that it might happen, or a cause of the customer's own, does not.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTIMENT_THRESHOLD } from '../handoff_config.ts';
import { consequentialLoss } from './consequential_loss.ts';
import { RuleSentimentScorer } from './sentiment_scorer.ts';

const scorer = new RuleSentimentScorer();
const THRESHOLD = DEFAULT_SENTIMENT_THRESHOLD;

describe('a loss caused by the bank', () => {
  it.each([
    'The freeze on my card meant my phone bill bounced and they fined me £15',
    'Your app was down all evening so I missed the deadline for the deposit',
    'Because the payment was delayed I lost the concert tickets',
    '转账一直卡着，房东那边的押金没赶上',
    '系统故障扣款失败，信用卡现在逾期了',
  ])('"%s" reads as frustration', (text) => {
    expect(consequentialLoss(text.toLowerCase())).toBe(true);
    expect(scorer.analyze(text).score).toBeLessThanOrEqual(THRESHOLD);
  });

  it.each([
    'The transfer is delayed; could that make my rent payment bounce?',
    'If my card is blocked, could my direct debits bounce?',
    'My card expired so the gym payment bounced, how do I add the new one',
    '还款日app要是登不上，会不会逾期？',
    '转账失败了，想问下信用卡还款日是几号',
  ])('"%s" stays calm', (text) => {
    expect(consequentialLoss(text.toLowerCase())).toBe(false);
    expect(scorer.analyze(text).score).toBeGreaterThan(THRESHOLD);
  });
});
