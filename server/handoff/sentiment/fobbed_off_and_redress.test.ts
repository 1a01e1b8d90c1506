/**
 * Being fobbed off (nothing heard since a reference number, round and round between channels, a script read and
 * the line cut), thanks for what the customer had already done, praise opening a story of the nth replacement,
 * whose fault a penalty is, "just saying", and soft threats to seek redress (take it further, a solicitor, 找说理的
 * 地方). Hard neutrals on the same words.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTIMENT_THRESHOLD } from '../handoff_config.ts';
import { RuleSentimentScorer } from './sentiment_scorer.ts';

const scorer = new RuleSentimentScorer();
const THRESHOLD = DEFAULT_SENTIMENT_THRESHOLD;

describe('fobbed off, and redress sought', () => {
  it.each([
    'I filed the dispute in January and that was the last I heard',
    'Emailed the mortgage team twice, never heard back',
    'The app says call us, the phone line says use the app. Round and round.',
    'Support told me ask the branch, the branch told me ask support',
    'The agent read me a script and that was it',
    'Someone hung up on me halfway through',
    'Thanks for the video guide, I had already followed it step by step',
    'Nice, second replacement card this month',
    'Brilliant, my fourth password reset this week',
    '挺好，卡又被冻结了，这个月都第三回了',
    'My friend got his refund the next morning. Just saying.',
    'Oh great, another statement that never arrived',
    '营业厅排队排到关门都没办成，白请了假，这算谁的',
    "I'll be taking this further",
    'My lawyer will look into this',
    '实在不行我就去讨个公道',
    '客服就照本宣科，一句有用的都没有',
  ])('"%s" reads as frustration', (text) => {
    const a = scorer.analyze(text);
    expect(a.score <= THRESHOLD || a.threat !== null).toBe(true);
  });

  it.each([
    'I got a reference number for the claim, how long does it usually take?',
    'I never heard of a Lifetime ISA before, what is it?',
    'I hung up on the cold caller and blocked the number',
    'Can you read me the terms of the overdraft again?',
    'Thanks for the guide, I had already downloaded the app',
    'Nice, my second card arrived today, how do I link it to Apple Pay?',
    'Nice, my second card arrived today and the first one works too',
    'Is this fee charged by you or by the merchant? Just checking.',
    'My lawyer needs a copy of my statements for the house sale',
    'How do I take this further if the chargeback is refused?',
    'Does the OTP arrive by SMS or in the app?',
    '这笔跨行转账手续费算谁的，收款方还是我？',
    '我的律师让我来开个资金证明',
    '有没有讲理财产品的讲座，想去听听',
  ])('"%s" stays calm', (text) => {
    const a = scorer.analyze(text);
    expect(a.score).toBeGreaterThan(THRESHOLD);
    expect(a.threat).toBeNull();
  });
});
