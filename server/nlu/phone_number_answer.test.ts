/**
 * A phone number on its own, as customers write it when asked for it, with at most a word naming it; not a
 * sentence that carries a number, and not a short code.
 */
import { describe, expect, it } from 'vitest';
import { isPhoneNumberAnswer } from './phone_number_answer.ts';

describe('a phone number given as an answer', () => {
  it.each([
    '13800000001',
    '138 0000 0002',
    '138-0000-0004',
    '+86 138 0000 0003',
    '手机 138 0000 0004',
    '手机号是138 0000 0001',
    '我的电话：138-0000-0002',
    'my number is 138 0000 0003',
    'phone: 13800000001',
    '(415) 555-0100',
  ])('"%s" is one', (text) => {
    expect(isPhoneNumberAnswer(text)).toBe(true);
  });

  it.each([
    '135790',
    '转4000',
    '给138 0000 0002转500',
    'send 500 to 138 0000 0002',
    '他让我把手机号13800000004发给他',
    '尾号1234',
  ])('"%s" is not', (text) => {
    expect(isPhoneNumberAnswer(text)).toBe(false);
  });
});
