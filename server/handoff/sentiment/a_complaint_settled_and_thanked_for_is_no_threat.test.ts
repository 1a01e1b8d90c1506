/**
 * A complaint made before, told settled in other words and thanked for ("上次投诉的那个ATM吞卡的事 网点已经把卡还我了
 * 挺快的 谢谢") is no threat to complain; the same complaint still open, or a new one, is.
 */
import { describe, expect, it } from 'vitest';
import { RuleSentimentScorer } from './sentiment_scorer.ts';

const scorer = new RuleSentimentScorer();

describe('a complaint settled and thanked for', () => {
  it.each([
    '上次投诉的那个ATM吞卡的事 网点已经把卡还我了 挺快的 谢谢',
    '之前投诉的年费问题，你们已经给我退了，谢谢',
    '前几天投诉的转账延误的事已经帮我弄好了，挺快的',
    'My complaint about the card machine keeping my card was resolved, thanks',
  ])('"%s" is no threat', (text) => {
    expect(scorer.analyze(text).threat).toBeNull();
  });

  it.each([
    '上次投诉的那个ATM吞卡的事 到现在也没人管 谢谢你们啊',
    '上次投诉的事已经过了一个月还没处理，我要再投诉',
    '卡被ATM吞了，我要投诉',
  ])('"%s" is still a threat', (text) => {
    expect(scorer.analyze(text).threat).not.toBeNull();
  });
});
