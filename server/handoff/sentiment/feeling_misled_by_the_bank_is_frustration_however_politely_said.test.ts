/**
 * What the customer sees: the customer saying, however politely, that they feel misled by the bank ("I feel a bit misled,
 * could someone explain?", 感觉被误导了) goes to a person (feeling_misled_by_the_bank.ts), even beside a polite ask to
 * explain. Being misled asked about ahead of time stays with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

// The model held calm: the rule hands the grievance over whatever the trained model reads, and stays quiet on the
// sincere look-alikes.
const withCalmModel = firstMessageVerdict({}, CALM);

describe('feeling misled by the bank', () => {
  it.each([
    '开卡的时候客户经理说免年费，现在扣了200，感觉被误导了',
    '说实话，我觉得被你们忽悠了，这个理财根本不是保本的',
    'I was told the account had no monthly charge. I feel a bit misled, could you explain please?',
    'Honestly I feel mis-sold on this credit card insurance.',
  ])('"%s" goes to a person', (text) => {
    expect(withCalmModel(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '如何避免被虚假广告误导？',
    '理财经理说的和说明书上写的不一样，以哪个为准？',
    'How do I avoid being misled by scam adverts?',
    'Could you explain the fee on my statement please?',
  ])('"%s" stays with the assistant', (text) => {
    expect(withCalmModel(text)).toBeNull();
  });
});
