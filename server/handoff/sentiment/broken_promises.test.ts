/**
 * Frustration without strong words: a deadline promised and long gone ("说三个工作日…今天都第八天了", "they said
 * 48 hours, that was a fortnight ago"), the thing asked after a deadline ("…电话呢？"), being passed between
 * teams, reproach after the fact ("would've been nice to know"), resignation ("I'll stop bothering you"), thanks
 * for a charge, a bill due, and contractions typed without the apostrophe. Hard neutrals on the same words.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTIMENT_THRESHOLD } from '../handoff_config.ts';
import { RuleSentimentScorer } from './sentiment_scorer.ts';

const scorer = new RuleSentimentScorer();
const THRESHOLD = DEFAULT_SENTIMENT_THRESHOLD;

describe('promises broken and other frustration without strong words', () => {
  it.each([
    '说好一周内退款，现在已经第三周了',
    '挂失补卡说五天能寄到，这都第十二天了',
    '客服说两小时之内给我回复，回复呢',
    '答应月底之前把钱退回来，钱呢？',
    "They said 48 hours. That was a fortnight ago and I've heard nothing.",
    'I was promised a callback within two working days, it has been nine days and still nothing',
    "I've been bounced from the fraud desk to the branch to the app team and back again",
    'Every department I ring tells me it is not their problem',
    "Apparently it's another team's job. Again.",
    'It would have been good to hear about the charge before it hit my account',
    "Whatever, I'll stop pestering you and go to the branch myself",
    'Thank you so much for the 35 quid penalty for a payment that was one day late',
    'my salary still hasnt arrived and my rent was due on friday',
    'i cant get into my account and nobody tells me why, what am i supposed to do',
    "Fine, I'll stop wasting your time and close the account elsewhere",
    "I've been waiting since March for the compensation you agreed",
    '说了帮我催一下，催到现在一点动静都没有',
    '车贷扣款失败还要罚息，你让我怎么跟家里人解释',
  ])('"%s" reads as frustration', (text) => {
    expect(scorer.analyze(text).score).toBeLessThanOrEqual(THRESHOLD);
  });

  it.each([
    '开户第三天可以办信用卡吗',
    '今天是第几个工作日到账啊',
    '三个工作日内到账的话，周五能收到吗',
    'They said 3 to 5 working days, so it should land by Friday, right?',
    'I was transferred from the savings team to the mortgage team and they sorted it quickly',
    'Thanks so much for waiving the late fee, really appreciate it',
    'Thank you for the reminder about the annual fee',
    'It would be nice to set up a standing order for my rent, how do I do that',
    'i dont know my sort code, where can i find it',
    "I've been waiting since 9 for the branch to open, is it open today?",
    '这让我怎么选呢，两个理财产品看着都差不多',
  ])('"%s" stays calm', (text) => {
    expect(scorer.analyze(text).score).toBeGreaterThan(THRESHOLD);
  });
});
