/**
 * A transfer or a phone top-up sent today, asked after within the day ("转了五万到别的银行啥时候能到", "给我妈充了50话费，
 * 半个小时了还没到", "topped up my phone an hour ago, still nothing"), stays with the assistant
 * (same_day_arrival_question.ts). A wait of days, or the same question with a word of exasperation, is still
 * frustration.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a same-day transfer or top-up asked after', () => {
  it.each([
    '转了五万到别的银行啥时候能到',
    '给我妈充了50话费，过了半个小时还没到',
    'topped up data on my phone an hour ago, still nothing',
    'interbank transfer still not arrived after 2 hours',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '转账都三天了还没到，你们到底怎么回事！！',
    'transferred money 5 days ago and still nothing, this is ridiculous',
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
