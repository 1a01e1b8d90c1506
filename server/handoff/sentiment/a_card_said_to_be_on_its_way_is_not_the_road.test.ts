/**
 * A card or a parcel the bank says is "在路上" (in transit) is not the road: "问了几次都说在路上，到底在哪条路上啊" is anger
 * at the bank's delivery, not a vent about traffic before a plain request (off_topic_clause.ts). A jam on the
 * road before a plain request is still off topic.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a card said to be on its way', () => {
  it.each([
    '新办的借记卡三周了还没寄到，问了几次都说在路上，到底在哪条路上啊',
    'My replacement card was sent three weeks ago and every time I ask they say it is on its way. On its way where exactly?',
  ])('"%s" is frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '路上堵了一个小时，烦死了，顺便问下信用卡账单日是哪天',
    'Traffic on the way here was a nightmare. What time does the branch close?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });
});
