/**
 * What the customer sees: years of custom held up as a reproach ("存了你们家十几年，起码…也该打个电话告诉我吧", "I have banked with you for
 * twenty years and you could not even send a letter") goes to a person however politely told
 * (sentiment/loyal_customer_reproach.ts). The years beside a request stay with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const withTrainedModel = firstMessageVerdict();
const withCalmModel = firstMessageVerdict({}, CALM);

describe('years of custom held up as a reproach', () => {
  it.each([
    '存了你们家十几年，起码换卡之前也该打个电话告诉我吧',
    '二十多年的老储户了，连张利率变动的通知都没有收到',
    'I have banked with you for twenty years and you could not even send a letter before closing my savings account',
    'Fifteen years a customer, and the least you could do is warn me before the overdraft limit is cut',
  ])('"%s" goes to a person', (text) => {
    expect(withCalmModel(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    'I have been a customer for 12 years, can I get a better rate on my mortgage?',
    '我是你们十年的老客户了，有没有什么理财优惠',
    "I've been with you for 8 years and I'd like at least 2 cards on the account",
  ])('"%s" stays with the assistant', (text) => {
    expect(withCalmModel(text)).toBeNull();
  });

  it.each([
    '我在你们家存了二十年钱，你们就这么对待老客户？太让人寒心了，我要销户',
    'Twenty years a customer and you treat me like this? Disgraceful, I am closing my account',
  ])('the years beside a threat to leave, "%s", are still a complaint', (text) => {
    expect(withTrainedModel(text)?.reason).toBe('complaint');
  });
});
