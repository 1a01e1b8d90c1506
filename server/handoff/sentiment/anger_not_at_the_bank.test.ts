/**
 * Anger words about something other than the bank — the weather, the commute, a day at work — weigh little
 * and, alone, mark the message `offTopicOnly` (the policy then lets the model's frustration vote stand down);
 * someone else's feeling told calmly ("my daughter is upset her card limit is so low") weighs half; annoyance
 * at oneself (服了我自己) is no anger at the bank. The same words aimed at the bank still count.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTIMENT_THRESHOLD } from '../handoff_config.ts';
import { RuleSentimentScorer } from './sentiment_scorer.ts';

const scorer = new RuleSentimentScorer();
const THRESHOLD = DEFAULT_SENTIMENT_THRESHOLD;

describe('anger words that are not about the bank', () => {
  it.each([
    '外面台风刮得太糟糕了，明天支行几点开门',
    '早上堵车堵得真崩溃，顺便问下信用卡账单日能改吗',
    'The traffic this morning was horrible. What time does the Leeds branch close on Fridays?',
    'Awful weather out there! Can I deposit a cheque through the app instead?',
    "Had a terrible week at work, finally sitting down to sort out my savings, what's the best ISA?",
    '湖人又输了心情很差 换点港币下个月去看球',
    'My landlord is an absolute nightmare about repairs. Anyway, is my rent standing order still going on the 1st?',
    // the customer says it is not about the bank
    'Very angry with my agency, they keep half of my first month wages. Not bank problem. I want to open an account',
    '平台扣我50块超时罚款真是无语 不过跟你们没关系 问下卡里余额',
  ])('"%s" is off topic', (text) => {
    const a = scorer.analyze(text);
    expect(a.score).toBeGreaterThan(THRESHOLD);
    expect(a.offTopicOnly).toBe(true);
  });

  it.each([
    '下这么大雨我跑过来，你们网点居然关门了，太糟糕了',
    'Awful weather and your app crashed twice while I was paying, terrible',
    "I've been on hold longer than my whole day at work, ridiculous",
    "Kids' savings interest is embarrassing compared to everywhere else, moving it",
  ])('"%s" is still anger at the bank', (text) => {
    const a = scorer.analyze(text);
    expect(a.score).toBeLessThanOrEqual(THRESHOLD);
    expect(a.offTopicOnly).toBe(false);
  });
});

describe("someone else's feeling and annoyance at oneself", () => {
  it.each([
    'My daughter is upset her card limit is so low, how can she raise it?',
    '我爸有点不高兴，问他的养老金卡能不能提高取款额度',
    '又忘了密码，真服了我自己，怎么重置',
    '钥匙和卡一起丢了，服了我自己，挂失在哪里操作',
  ])('"%s" is calm', (text) => {
    expect(scorer.analyze(text).score).toBeGreaterThan(THRESHOLD);
  });

  it.each([
    'My husband is furious, you took the same payment out twice',
    '我妈气死了，你们又乱扣她的钱',
    '你们这服务真是服了',
  ])('"%s" is still upset', (text) => {
    expect(scorer.analyze(text).score).toBeLessThanOrEqual(THRESHOLD);
  });
});
