/** A code or a PIN given as the whole message, with its name; not a code inside a story. */
import { describe, expect, it } from 'vitest';
import { isCodeAnswer } from './code_answer.ts';

describe('a code given as an answer', () => {
  it.each([
    '验证码 204806',
    '我收到的验证码：204806',
    '验证码是204806',
    'my otp: 124219',
    'the code is 124219',
    'PIN 1357',
  ])('"%s" is one', (text) => {
    expect(isCodeAnswer(text)).toBe(true);
  });

  it.each([
    '他让我把验证码204806发给他',
    '验证码收不到',
    '135790',
    'someone asked for the code 124219',
    '转账5000',
  ])('"%s" is not', (text) => {
    expect(isCodeAnswer(text)).toBe(false);
  });
});
