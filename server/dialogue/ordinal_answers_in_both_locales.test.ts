/**
 * The whole message picks an option by its position ("第二个", "最后那个", "the second one", "first one"); a
 * message that only contains an ordinal ("我上个月第二笔交易", "my last transfer", "wait a second") picks nothing.
 */
import { describe, expect, it } from 'vitest';
import { optionIndex, ordinalAnswerOf, type Ordinal } from './ordinal_answer.ts';

describe('ordinal answers', () => {
  it.each<[string, Ordinal]>([
    ['第一个', 1],
    ['第二个', 2],
    ['第二张', 2],
    ['第2个', 2],
    ['第三个吧', 3],
    ['用第二个账户', 2],
    ['第二张卡', 2],
    ['就第一个吧', 1],
    ['最后那个', 'last'],
    ['最后一个', 'last'],
    ['最后那张卡', 'last'],
    ['the second one', 2],
    ['second', 2],
    ['Second one, please.', 2],
    ['first one', 1],
    ['the first account', 1],
    ['the 2nd', 2],
    ['number 2', 2],
    ['the last one', 'last'],
    ['last one', 'last'],
    ["I'll take the first one", 1],
    ['use the second card', 2],
  ])('"%s" picks %s', (text, ordinal) => {
    expect(ordinalAnswerOf(text)).toBe(ordinal);
  });

  it.each([
    '我上个月第二笔交易是什么',
    '第二天到账吗',
    '最后一笔转账到了吗',
    'my last transfer',
    'show my last transactions',
    'wait a second',
    'the second payment failed',
    '尾号1234',
    'ending 5678',
    '确认',
  ])('"%s" picks nothing', (text) => {
    expect(ordinalAnswerOf(text)).toBeNull();
  });

  it('maps a position onto the options offered', () => {
    expect(optionIndex(1, 2)).toBe(0);
    expect(optionIndex(2, 2)).toBe(1);
    expect(optionIndex('last', 3)).toBe(2);
    expect(optionIndex(3, 2)).toBeNull();
    expect(optionIndex('last', 0)).toBeNull();
  });
});
