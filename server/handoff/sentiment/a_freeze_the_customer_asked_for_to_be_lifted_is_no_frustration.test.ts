/**
 * A freeze or a hold the customer asked for, now asked to be lifted, "what's the process?" (calm_check_question.ts): a
 * calm question about the bank's own hold, so "on hold" and "frozen" are no anger. A hold the bank put on without a word,
 * told with exasperation, still escalates.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a freeze the customer asked for, to be lifted', () => {
  it.each([
    "I had my account put on hold at my own request while I was travelling for six weeks. I'm back and would like it reactivated. What's the process?",
    '我出国前让你们把卡冻结了，现在回来了想解冻，解冻流程是什么？',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    'My account is on hold again for no reason, this is ridiculous. What is the process?',
    '你们又把我的卡冻结了，到底怎么回事，解冻流程是什么？',
  ])('"%s" still escalates', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
