/**
 * A calm question whether a payment's delay is normal or when it will arrive ("my transfer hasn't arrived yet,
 * when will it?") is no frustration: "still not", "pending" and a few days counted describe the payment. A wait
 * of weeks, shouting, "again" or a word about the bank's handling still reads as frustration.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTIMENT_THRESHOLD } from '../handoff_config.ts';
import { isCalmDelayQuestion } from './delay_question.ts';
import { RuleSentimentScorer } from './sentiment_scorer.ts';

const scorer = new RuleSentimentScorer();
const THRESHOLD = DEFAULT_SENTIMENT_THRESHOLD;

describe('calm questions about a delay', () => {
  it.each([
    "My transfer hasn't arrived yet, when will it?",
    "Paid in a cheque on Tuesday and it's still not showing, is that normal?",
    'My card payment has been showing as pending for 2 days, is that normal?',
    'salary from my new job still not credited, should I just wait?',
    '昨天转给我妈的钱她那边还没收到，一般要多久到账？',
    '说是5个工作日到账，今天第四天了，还要再等等吗',
    '前天在柜台存的现金，app里查不到，是不是要等一天？',
    // which side the hold-up is on
    '房租今天还没到账，是银行这边的问题还是房客没转',
    "My salary hasn't come in yet today, is it on your end or did my employer not pay?",
    // the payment shown on hold, asked about in general
    'My pension got credited but it is showing on hold, how many days generally?',
    // the usual timeframe, asked after
    'Paid in a cheque from my landlord 5 days ago and it still has not cleared, is that the usual timeframe?',
  ])('"%s" is calm', (text) => {
    expect(isCalmDelayQuestion(text.toLowerCase())).toBe(true);
    const a = scorer.analyze(text);
    expect(a.score).toBeGreaterThan(THRESHOLD);
    expect(a.repetition).toBe(false);
    expect(a.calmDelayQuestion).toBe(true);
  });
});

describe('a calm delay question with a mild problem word', () => {
  it.each([
    '转账记录显示失败，但钱扣了，等了两天还没退回来，请问一般要多久',
    'The transfer failed but the money left my account, is it normal for the refund to take 2 days?',
  ])('"%s" is still a calm question', (text) => {
    expect(scorer.analyze(text).calmDelayQuestion).toBe(true);
  });
});

describe('a delay that angers the customer', () => {
  it.each([
    'Two weeks and my transfer still has not arrived, is this normal?? Ridiculous',
    "It's been a month and the refund still isn't here, when will it arrive?",
    '转账三天了还没到，你们每次都说在处理，到底什么情况',
    '这要等到什么时候啊，都第五个工作日了还没到账',
    '退款又没到，一般要多久你们自己也不知道吗',
    // the customer's own wait on the phone, or the bank's long wait
    "I've been on hold for 40 minutes, when will my refund arrive?",
    'Your refund has taken 3 weeks already, when will it arrive?',
  ])('"%s" is no calm question', (text) => {
    expect(scorer.analyze(text).calmDelayQuestion).toBeFalsy();
  });

  it.each([
    'Two weeks and my transfer still has not arrived, is this normal?? Ridiculous',
    '转账三天了还没到，你们每次都说在处理，到底什么情况',
  ])('"%s" reads as frustration', (text) => {
    expect(scorer.analyze(text).score).toBeLessThanOrEqual(THRESHOLD);
  });
});

describe("a shop's long wait beside a calm question to the bank", () => {
  it.each([
    'eBay still hasn’t refunded my order after 2 weeks, so annoying. Could you check if anything is pending from them?',
    '淘宝店拖了三个星期还没给我退，烦死了，能帮我查一下有没有退回来的钱吗',
  ])('"%s": the weeks are the shop’s, not a wait for the bank', (text) => {
    const a = scorer.analyze(text);
    expect(a.score).toBeGreaterThan(THRESHOLD);
    expect(a.offTopicOnly).toBe(true);
  });
});
