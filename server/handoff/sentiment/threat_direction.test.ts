/**
 * A threat is the customer's against the bank: "银行会起诉我吗" / "will I be taken to court" is a worry about
 * being sued, not a threat to sue; time lost on a problem ("搞了我一个下午", "wasted my whole afternoon")
 * reads as frustration.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTIMENT_THRESHOLD } from '../handoff_config.ts';
import { RuleSentimentScorer } from './sentiment_scorer.ts';

const scorer = new RuleSentimentScorer();
const THRESHOLD = DEFAULT_SENTIMENT_THRESHOLD;

describe('threats and time lost', () => {
  it.each([
    '信用卡逾期了，银行会起诉我吗',
    '欠款还不上会不会被起诉',
    'Will the bank sue me if I miss a payment',
    'will I be taken to court over my overdraft',
  ])('"%s" is a worry, not a threat', (text) => {
    const a = scorer.analyze(text);
    expect(a.threat).toBeNull();
    expect(a.score).toBeGreaterThan(THRESHOLD);
  });

  it.each([
    '再不处理我就起诉你们',
    '不解决我就去法院告你们',
    "I'm going to sue you",
    'I will take you to small claims',
  ])('"%s" is still a threat', (text) => {
    expect(scorer.analyze(text).threat).not.toBeNull();
  });

  it.each([
    '一个挂失折腾了我一整天',
    '开个户跑了一上午还没办完',
    'I wasted my whole morning on this',
    'I spent the entire afternoon trying to get through',
  ])('"%s" reads as time lost', (text) => {
    expect(scorer.analyze(text).score).toBeLessThanOrEqual(THRESHOLD);
  });

  it.each(['我今天下午想去网点办卡', 'I spent the whole afternoon at the beach, can I pay by card abroad'])(
    '"%s" is calm',
    (text) => {
      expect(scorer.analyze(text).score).toBeGreaterThan(THRESHOLD);
    },
  );
});

describe('not heard, not answered', () => {
  it.each([
    '你回答的跟我问的根本不是一回事啊',
    '你到底有没有在听我说',
    '你们这银行真行，挂个失都这么慢',
    "That's not what I asked you",
    'Do you even read my messages',
    "Try later? That's what you said last week",
  ])('"%s" reads as frustration', (text) => {
    expect(scorer.analyze(text).score).toBeLessThanOrEqual(THRESHOLD);
  });

  it.each(['你们银行真厉害，服务这么好，谢谢', 'Can you read my statement and tell me the balance'])(
    '"%s" is calm',
    (text) => {
      expect(scorer.analyze(text).score).toBeGreaterThan(THRESHOLD);
    },
  );
});

describe('sarcastic minimising', () => {
  it.each(["No rush, it's only my salary", '慢慢来吧，反正又不是你们的钱'])('"%s" is sarcasm', (text) => {
    expect(scorer.analyze(text).sarcasm).toBe(true);
  });

  it('a plain "it is only my savings account" question is not', () => {
    expect(scorer.analyze('Is it only my savings account that has the higher rate').sarcasm).toBe(false);
  });
});

describe('complaints not aimed at the bank', () => {
  it.each([
    '快递把包裹弄丢了，我要去找快递公司投诉，顺便问下怎么查信用卡账单',
    '打算投诉房东不退押金，你们能开一份转账记录证明吗',
    'I need to complain to my landlord about the boiler, can I see who my rent payments went to?',
    'My flatmate keeps complaining that I pay my share late, can I set up a standing order?',
    // the regulator named as the bank's supervisor, not where the customer will go
    'Is your bank authorised by the PRA?',
    'Are your savings accounts FSCS protected?',
    '你们这款理财是受国家金融监督管理总局监管的吗',
  ])('"%s" is no threat', (text) => {
    expect(scorer.analyze(text).threat).toBeNull();
  });

  it.each([
    '你们不退钱我就去投诉你们',
    '我要向银保监会投诉你们乱扣费',
    "I'm reporting this to the FCA tomorrow",
    "I'll complain to the ombudsman about how you handled my case",
  ])('"%s" is still a threat', (text) => {
    expect(scorer.analyze(text).threat).not.toBeNull();
  });
});
