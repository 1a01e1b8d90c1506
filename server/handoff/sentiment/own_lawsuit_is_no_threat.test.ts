/**
 * The customer's own lawsuit with someone else, paid for or with paperwork asked about ("请律师帮我打官司，律师费能
 * 分期吗", "跟前房东打官司要交诉讼费") is a legal errand, not a threat to take the bank to court.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTIMENT_THRESHOLD } from '../handoff_config.ts';
import { RuleSentimentScorer } from './sentiment_scorer.ts';

const scorer = new RuleSentimentScorer();

describe('a lawsuit of the customer’s own', () => {
  it.each([
    '请律师帮我打官司，律师费两万，能用信用卡分期吗',
    '找了个律师帮我跟前房东打官司，律师费一万五能刷卡吗',
    '跟前雇主打官司要交诉讼费，能在手机上交吗',
    '起诉装修公司需要我这半年的转账流水，去哪打',
  ])('"%s" is no threat', (text) => {
    const a = scorer.analyze(text);
    expect(a.threat).toBeNull();
    expect(a.score).toBeGreaterThan(DEFAULT_SENTIMENT_THRESHOLD);
  });

  it.each([
    '再不处理我就找律师，律师费你们出',
    '你们不处理我就起诉你们',
    '我要起诉你们银行',
    '我要找律师告你们',
  ])('"%s" is still a threat', (text) => {
    expect(scorer.analyze(text).threat).not.toBeNull();
  });
});
