/**
 * A long vent of many anger words all at someone else (a platform's support named by its nickname, 某宝 / 某东), then a
 * plain request of the bank, is no frustration with the bank: every word weighs little, and together they never reach
 * the threshold on their own (sentiment_scorer.ts, off_topic_clause.ts). The same words said of the bank's support still
 * go to a person.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { UNSURE_OF_FRUSTRATION } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, UNSURE_OF_FRUSTRATION);

describe('a long vent at a platform’s support, then a plain request', () => {
  it.each([
    '某东客服跟个复读机似的，车轱辘话来回说，答非所问，无语，服了。帮我看下信用卡本期账单',
    '某多多售后简直离谱，踢皮球，答非所问，气死我了。帮我查下储蓄卡余额',
    'Amazon support is hopeless, pathetic, useless, furious. Can you show my last payments?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '你们客服跟复读机一样，问啥都答非所问，服了',
    'Your support is hopeless, pathetic, useless, furious.',
  ])('"%s" goes to a person', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
