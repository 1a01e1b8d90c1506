/**
 * A problem told calmly is no frustration: how many times the customer tried a step themselves ("the code
 * never arrives, tried 4 times"), counting the days up to a period they were promised that has only now come
 * ("说五个工作日到账，今天第五个工作日"), and a name written in capitals more than once ("CPF… my CPF…") is no
 * shouting, nor is the duplicate of a double charge ("重复的那笔能退吗"). Repeating oneself to the bank, a period long gone and real shouting still count.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTIMENT_THRESHOLD } from '../handoff_config.ts';
import { RuleSentimentScorer } from './sentiment_scorer.ts';

const scorer = new RuleSentimentScorer();
const THRESHOLD = DEFAULT_SENTIMENT_THRESHOLD;

describe('calm problem reports', () => {
  it.each([
    'The security code for online payments never arrives, tried it 4 times on the same phone',
    'Tried twice to add my new card to the wallet, it just spins. Which settings should I check?',
    '动态码试了三次都没收到，手机号没换过',
    '理财经理说五个工作日内到账，今天是第五个工作日，一般几点能到',
    'They said 10 working days for the new card and it is day 7, can I track it?',
    'CPF board says I can top up my SRS, how do I link CPF to my account for the transfer?',
    // the duplicate charge itself, not having to repeat oneself
    '停车场扣了我两次钱，重复的那笔什么时候退回来',
    '同一杯咖啡刷了两遍，重复的交易能撤销吗',
  ])('"%s" is calm', (text) => {
    const a = scorer.analyze(text);
    expect(a.score).toBeGreaterThan(THRESHOLD);
    expect(a.repetition).toBe(false);
    expect(a.shouting).toBe(false);
  });

  it.each([
    "I've told your team three times already that the address is wrong",
    '我已经打了五次电话了，每次都让我等',
    '客服说三个工作日内处理，今天都第九天了',
    '我都重复了好几遍了，你们到底听不听得懂',
    'You said 5 working days. It is now day 12 and still no card',
    'WHY IS MY CARD BLOCKED AGAIN',
    'This is NOT acceptable, FIX IT NOW',
  ])('"%s" is still frustrated', (text) => {
    expect(scorer.analyze(text).score).toBeLessThanOrEqual(THRESHOLD);
  });
});
