/**
 * Months spent reading up or saving before the customer's own decision ("Been researching index funds for months, my
 * own decision…", "研究了好几个月…自己想好的") is no wait on the bank gone too long (time_spent_preparing.ts). A wait on
 * the bank for months still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { UNSURE_OF_FRUSTRATION } from '../testing/model_readings.ts';

const lexiconOnly = firstMessageVerdict({}, UNSURE_OF_FRUSTRATION);

describe('months of reading up before one’s own purchase', () => {
  it.each([
    'Been researching index funds for months, my own decision. Moving $5,000 to my broker at CommSec, will it arrive today?',
    'Spent ages reading up on gold for months before deciding. Can I buy 10k of gold bars through you this week?',
    '这笔钱我攒了两年了，研究了好几个月，自己想好的，想买点比特币，转到交易所你们会拦吗',
  ])('"%s" is no long wait', (text) => {
    expect(lexiconOnly(text)).toBeNull();
  });

  it.each([
    'I have been waiting for months for your team to sort out my card',
    '等了好几个月了你们还没把我的卡寄过来',
  ])('"%s" is still a long wait', (text) => {
    expect(lexiconOnly(text)?.reason).toBe('negative_sentiment');
  });
});
