/**
 * What the customer sees: a mock prize asked for an ordeal the bank made the customer repeat ("a medal for my fifth trip
 * to the branch?", 补卡都第三回了…发个奖状) goes to a person (prize_for_a_repeated_ordeal.ts). A reward asked for
 * something the customer chose to do again, or a prize draw, stays with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

// The model held calm: the rule hands the grievance over whatever the trained model reads, and stays quiet on the
// sincere look-alikes.
const withCalmModel = firstMessageVerdict({}, CALM);

describe('a prize asked for an ordeal repeated', () => {
  it.each([
    '这个月第八次重置密码了，集满十次是不是有奖品',
    '补卡都第三回了，你们是不是该给我发个奖状',
    'Is there a medal for my fifth trip to the branch this month?',
    'What do I win for the third lockout this week?',
  ])('"%s" goes to a person', (text) => {
    expect(withCalmModel(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '信用卡第十次消费有奖励吗',
    '推荐朋友开户有奖品吗',
    'Do I get a reward for my tenth purchase with the card?',
    'Is there a prize draw for new savers this month?',
  ])('"%s" stays with the assistant', (text) => {
    expect(withCalmModel(text)).toBeNull();
  });
});
