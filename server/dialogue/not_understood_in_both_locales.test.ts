import { describe, expect, it } from 'vitest';
import { isNotUnderstood } from './not_understood.ts';
import { isStillNotWorking } from './still_not_working.ts';

describe('a message that only says the assistant was not understood', () => {
  it.each([
    'I don’t understand',
    'i dont understand',
    'Sorry, I still don’t get it',
    'what do you mean?',
    'I’m confused',
    "that doesn't make sense",
    '没听懂',
    '我不明白你说的',
    '啥意思',
    '你说的是什么意思？',
    '听不懂',
    '还是不太明白',
  ])('%s', (text) => expect(isNotUnderstood(text)).toBe(true));

  it.each([
    "I don't understand why my card was declined",
    'I don’t understand this charge on my statement',
    'what do you mean by type 2 account',
    '我不明白为什么扣了我年费',
    '这个手续费啥意思',
    '不明白的地方可以问谁',
    '你说的对',
  ])('not when it says what is not understood, or something else: %s', (text) =>
    expect(isNotUnderstood(text)).toBe(false),
  );
});

describe('a message that only says the answer did not help', () => {
  it.each([
    '还是不行',
    '试了好几次了，还是收不到',
    '还是没用',
    'still doesn’t work',
    'Still nothing after three tries',
    "that didn't help",
  ])('%s', (text) => expect(isStillNotWorking(text)).toBe(true));

  it.each([
    '不行',
    '没用',
    '还是不行！！气死了',
    '还是不行，提示密码错误',
    'it still doesn’t work, it says my PIN is wrong',
  ])('not a bare "no", anger or a new detail: %s', (text) => expect(isStillNotWorking(text)).toBe(false));
});
