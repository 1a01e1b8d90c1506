/**
 * The customer's own lawsuit with someone else, paid for or with paperwork asked about ("请律师帮我打官司，律师费能
 * 分期吗", "跟前房东打官司要交诉讼费"), or supposed as the reason to keep evidence of a loan ("万一以后要打官司用得上",
 * "in case I ever need to take him to court"), is a legal errand, not a threat to take the bank to court.
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
    // a lawsuit supposed, the reason to keep evidence of a loan
    '借钱给亲戚，写了借条，万一以后要起诉当证据用，转账备注怎么写',
    '转账记录要一直留着吧？以防将来打官司用得上',
    'What should I write in the payment reference in case I ever need to take him to court?',
    "Lending my cousin 5k, I'll keep the bank record just in case I have to sue him later",
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
    '万一你们不处理，我以后就去法院起诉你们',
    "If you don't refund me I'm going to sue",
  ])('"%s" is still a threat', (text) => {
    expect(scorer.analyze(text).threat).not.toBeNull();
  });
});
