/**
 * A question about scams, or an approach refused outright, with only the words that judge the scam or ask about it
 * (sentiment/scam_question_words.ts): 不靠谱, "dodgy", 到底有没有, "so nobody can…". No anger at the bank. Anger
 * at the bank beside the same question is still frustration.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('words judging a scam in a question about it', () => {
  it.each([
    '新闻里说冒充客服退款都是骗人的，银行到底有没有主动打电话退款这种事？我想跟我妈说清楚',
    '有人发短信说帮我办低息贷款，要先交手续费，我没理，这种是不是都不靠谱',
    'If my phone gets nicked on holiday, what do I block first so nobody can get into the app?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '新闻里说冒充客服退款都是骗人的，你们到底管不管，太不负责了',
    'If my card gets stolen, your useless app will just let them spend, pathetic',
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
