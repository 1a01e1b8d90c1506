/**
 * Whether wages can go out late at night, asked calmly by a business that closes late ("半夜给店员发工资行不行 我们打烊都快
 * 一点了 三个人", "Is it too late to run wages? It's 12:30am, the pub only just shut"), is a question about the bank's
 * hours (sentiment/late_hour_payment_question.ts), though the model hears frustration in the hour and in 行不行.
 * Anger at a late payment that failed is still frustration.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('paying staff after closing time', () => {
  it.each([
    '半夜给店员发工资行不行 我们打烊都快一点了 三个人',
    '工人工钱半夜结行不行 收工都十二点多了',
    'Is it too late to run wages? It’s 12:30am, the pub only just shut, four staff, 2,800 total',
    'Wages at 1am ok? shop shut late, 5 people, 3.2k total',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '半夜发工资又失败了 你们到底行不行',
    'Tried to pay my staff at midnight AGAIN and it failed, ridiculous',
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
