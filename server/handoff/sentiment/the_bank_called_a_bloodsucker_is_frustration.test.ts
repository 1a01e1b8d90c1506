/**
 * The bank called a predator feeding on its customers' money (吸血, 雁过拔毛, "leeches", "bleeding me dry") is as
 * plain an insult as 抢钱 or "daylight robbery" (sentiment/predator_names_for_the_bank.ts). A vampire film or a
 * mosquito beside a plain question is not.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { UNSURE_OF_FRUSTRATION } from '../testing/model_readings.ts';

// The model unsure: the lexicon decides.
const unsure = firstMessageVerdict({}, UNSURE_OF_FRUSTRATION);
const verdict = firstMessageVerdict();

describe('the bank called a bloodsucker', () => {
  it.each([
    '短信提醒费每个月都扣，你们银行就是吸血鬼',
    '这点跨行费也收，雁过拔毛啊',
    'Another overdraft charge. You people are leeches.',
    'Fees on fees, you are bleeding me dry',
  ])('"%s" is frustration', (text) => {
    expect(unsure(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '昨晚看了个吸血鬼电影，信用卡还款日是哪天',
    'Do mosquitoes that suck blood carry disease? Also what is my card limit',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });
});
