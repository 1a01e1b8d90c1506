/**
 * "快递又丢了！！！第三次了我真的要疯了。顺便问下信用卡积分能换点啥": the third time is the courier's, named just before, not
 * the customer having to repeat themselves to the bank; the vent is off topic and the question about card points
 * stays with the assistant. So in English ("…lost my parcel again, third time this month, so fed up. can i check my
 * balance"). A count said of the bank ("第三次了 你们的卡还是刷不了") is still frustration.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a count of times after a vent about someone else', () => {
  it.each([
    '快递又丢了！！！第三次了我真的要疯了。顺便问下信用卡积分能换点啥，补偿一下自己哈哈',
    '外卖又送错了 这周第三次了 烦死了 帮我查下余额',
    'the courier lost my parcel again, third time this month, so fed up. can i check my balance',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '快递又丢了，第三次了，你们的卡还是刷不了，气死了',
    'the courier lost my parcel again, third time this month, and your app declined my card again, so fed up',
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
