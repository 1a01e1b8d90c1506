/**
 * The same problem back again reads as frustration ("declined again", "又登不上了"); the customer's own
 * repeated errand, or a question whether it happened again, does not.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTIMENT_THRESHOLD } from '../handoff_config.ts';
import { recurringProblem } from './recurring_problem.ts';
import { RuleSentimentScorer } from './sentiment_scorer.ts';

const scorer = new RuleSentimentScorer();
const THRESHOLD = DEFAULT_SENTIMENT_THRESHOLD;

describe('a problem back again', () => {
  it.each([
    'Direct debit to the council bounced again',
    'The app crashed. Again.',
    'my contactless got declined yet again at the bus',
    'And another refund that never arrived',
    '网银又登不上了',
    '信用卡又被拒了，在超市排着队呢',
    '刚设的指纹登录又用不了了',
  ])('"%s" is a recurrence and reads as frustration', (text) => {
    expect(recurringProblem(text.toLowerCase())).toBe(true);
    expect(scorer.analyze(text).score).toBeLessThanOrEqual(THRESHOLD);
  });

  it.each([
    'I need to change my PIN again because I forgot it',
    'Is my card blocked again? It worked this morning',
    'I want to order another chequebook again',
    'Another card came today, which one should I keep using?',
    '我又忘了手机银行的登录密码，怎么找回',
    '又到还款日了，想设置个自动还款',
    '卡是不是又被锁了？',
  ])('"%s" stays calm', (text) => {
    expect(recurringProblem(text.toLowerCase())).toBe(false);
    expect(scorer.analyze(text).score).toBeGreaterThan(THRESHOLD);
  });
});
