/**
 * A vent about prices (petrol, eggs, 油价), even calling them robbery, then a plain request of the bank, is no frustration
 * with the bank (cost_of_living.ts, off_topic_clause.ts; an accusation inside an off-topic clause is said of its subject,
 * sentiment_scorer.ts). The bank's own fees called robbery still are.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { UNSURE_OF_FRUSTRATION } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, UNSURE_OF_FRUSTRATION);

describe('the cost of living, then a plain request', () => {
  it.each([
    'Diesel is $2.10 a litre here now, daylight robbery. Can I see what I spent at the supermarket last month?',
    '油价又涨了，简直离谱。帮我查下上个月加油花了多少',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    'Your overdraft fees are daylight robbery. Can I see what I was charged last month?',
    '你们的年费简直是抢钱，帮我查下扣了多少',
  ])('"%s" goes to a person', (text) => {
    expect(verdict(text)?.reason).toBeDefined();
  });
});
