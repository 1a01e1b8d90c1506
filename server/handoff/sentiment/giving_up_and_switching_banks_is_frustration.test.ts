/**
 * Giving up and going to another bank ("行吧，那算了，我换家银行。", "Fine, forget it, I'll switch banks.") is a
 * resigned threat to leave, frustration however quiet the words. A payment to or a deposit at another bank stays
 * calm.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTIMENT_THRESHOLD } from '../handoff_config.ts';
import { RuleSentimentScorer } from './sentiment_scorer.ts';

const scorer = new RuleSentimentScorer();
const THRESHOLD = DEFAULT_SENTIMENT_THRESHOLD;

describe('giving up and switching banks', () => {
  it.each([
    '行吧，那算了，我换家银行。',
    '得了，换一家银行就是了',
    '算了算了，我干脆换一家银行',
    "Fine, forget it, I'll switch banks.",
  ])('"%s" reads as frustration', (text) => {
    expect(scorer.analyze(text).score).toBeLessThanOrEqual(THRESHOLD);
  });

  it.each([
    '算了，换家银行存吧，利率高一点',
    '我想换家银行的卡绑定支付宝，怎么解绑',
    'Can I send money to another bank today?',
  ])('"%s" stays calm', (text) => {
    expect(scorer.analyze(text).score).toBeGreaterThan(THRESHOLD);
  });
});
