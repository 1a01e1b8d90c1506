/**
 * A time, a day or an amount said on its own ("3点", "下午3点", "周五下午2点可以吗", "this week", "3pm", "三千") is
 * an answer to a question, which the handoff model used to read as frustration or a scam.
 * A wait told in the same words ("都三点了还没人理我", "等了一个星期") is not an answer, and a duration is kept.
 */
import { describe, expect, it } from 'vitest';
import { isTimeOrAmountAnswer } from './points_in_time.ts';

describe('times and amounts as answers', () => {
  it.each([
    '3点',
    '下午3点',
    '下午2点',
    '3点半',
    '明天下午3点',
    '周五下午2点可以吗',
    '那就下午3点吧',
    '晚上8点',
    '12月8号',
    '三千',
    '500块',
    'this week',
    '3pm',
    'tomorrow at 3',
    "3 o'clock",
    'next monday',
    'friday afternoon',
    'CNY 500',
  ])('"%s" is an answer', (text) => {
    expect(isTimeOrAmountAnswer(text)).toBe(true);
  });

  it.each([
    'how much did I spend this week',
    '都三点了还没人理我',
    '我要转三千',
    '3点了还没到账',
    'third time this week',
    'two weeks',
    '等了一个星期',
    'blah blah 123 qwerty',
  ])('"%s" says more than a time or an amount', (text) => {
    expect(isTimeOrAmountAnswer(text)).toBe(false);
  });
});
