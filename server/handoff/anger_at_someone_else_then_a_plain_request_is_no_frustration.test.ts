/**
 * Anger at the boss, the property manager, a deli or the traffic, then a plain request of the bank ("被老板骂了一上午
 * 真想辞职。工资卡能换成你们家的吗", "So annoyed at the deli downstairs… Can you show me my last 5 transactions"), is
 * no frustration with the bank: the lexicon weighs the vent as off topic, and the model's frustration is set aside
 * when it reads the request after the vent calmly. The same vent with anger at the bank, or a landlord's nagging
 * told as what the bank's delay cost, still goes to a person.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('anger at someone else, then a plain request', () => {
  it.each([
    '被老板骂了一上午真想辞职。工资卡能换成你们家的吗',
    '物业一个月了都不来修电梯，我七十多岁爬六楼，真是造孽。顺便问下养老金这个月到了没',
    '今天堵车堵了俩小时，上班又迟到被扣钱，烦死。帮我交下这个月电费',
    "So annoyed at the deli downstairs, overcharged me again, I'll sort it out with them. Can you show me my last 5 transactions",
    'The cafe on the corner got my order wrong again, so irritating. Can I check my balance?',
    'Stuck in traffic for two hours and got docked an hour’s pay for being late, so fed up. Can you pay my electricity bill?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '被老板骂了一上午，你们app又登不上，什么破银行',
    '堵车两小时赶到网点，你们又关门了',
    '跨行转账写着实时到账，结果第二天才到，房租晚交了还被房东念叨',
    'Stuck in traffic for two hours and then your branch was closed when I got there. Useless.',
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
