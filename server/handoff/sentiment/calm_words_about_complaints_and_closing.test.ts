/**
 * Calm words that are no threat: closing an account for a practical reason ("我要搬去外地了，想把这张卡销户"),
 * complaints as a subject of study ("老师让我们调研一下银行的投诉渠道") or asked about as the bank's practice
 * ("你们一般怎么处理客户投诉的"). Closing or complaining in anger still is a threat.
 */
import { describe, expect, it } from 'vitest';
import { RuleSentimentScorer } from './sentiment_scorer.ts';

const scorer = new RuleSentimentScorer();

describe('calm words about closing an account or about complaints', () => {
  it.each([
    '我要搬去外地了，想把这张卡销户',
    '我要出国留学了，这张卡用不上了，直接销户吧',
    // A bare request to close, nothing else said.
    '我要销户',
    '我要办理销户',
    '帮我把信用卡注销了',
    'I want to close my account as I am moving abroad',
    "I want to close this card, I don't use it any more",
    '老师让我们调研一下银行的投诉渠道，你们一般怎么处理客户投诉的',
    '在哪能查到金融监管的投诉电话？写论文要用',
    'For my dissertation, how do banks handle complaints?',
  ])('"%s" is no threat', (text) => {
    expect(scorer.analyze(text).threat).toBeNull();
  });

  it.each([
    '再这样我就销户',
    '你们服务太差了，我要销户',
    '我要销户，受够了',
    '我要搬家了，但走之前一定要投诉你们',
    "Sort this out now or I'm closing my account",
    "I'm going to complain to the ombudsman about you",
  ])('"%s" is still a threat', (text) => {
    expect(scorer.analyze(text).threat).not.toBeNull();
  });
});
