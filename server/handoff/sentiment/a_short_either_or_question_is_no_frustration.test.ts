/**
 * A short question between two options ("pos结算是当天到还是第二天到", "Is card terminal settlement T+1 or same day?")
 * asks which term applies (sentiment/either_or_question.ts), though the model hears frustration in T+1 / 第二天到.
 * 还是 as "still" ("说好改成T+1了，结算怎么还是T+3") and exasperation ("到底") are read as before. (A bare "结算还是T+3" was
 * dropped: it reads as much as a calm "still T+3?" without its 吗 as a grievance.)
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a short either-or question', () => {
  it.each(['pos结算是当天到还是第二天到', 'Is card terminal settlement T+1 or same day?'])(
    '"%s" stays with the assistant',
    (text) => {
      expect(verdict(text)).toBeNull();
    },
  );

  it.each([
    '说好改成T+1了，结算怎么还是T+3',
    '钱到底是今天到还是明天到',
    'Settlement again three days late, is it T+1 or T+3 now?',
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
