/**
 * What the customer sees: a remark that the bank is quick to take money but slow to give it back ("你们收手续费的时候倒是很及时嘛",
 * "you were fast enough to charge me the fee, though") goes to a person however calm the model reads it
 * (sentiment/quick_to_take_money.ts). A plain remark that a payment went through quickly stays with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const withTrainedModel = firstMessageVerdict();
const withCalmModel = firstMessageVerdict({}, CALM);

describe('the bank quick to take money, said as a reproach', () => {
  it.each([
    '转错的钱退回来要等两周，你们收手续费的时候倒是很及时嘛',
    '年费收得倒是一分不少，服务呢',
    'You were fast enough to charge me the fee, though',
    'Funny how you are always quick to take the overdraft fee, but a refund takes a month',
  ])('"%s" goes to a person', (text) => {
    expect(withCalmModel(text)?.reason).toBe('negative_sentiment');
    expect(withTrainedModel(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '扣款挺快的，几秒就到账了，谢谢',
    'The card charged quickly at the shop, how do I see the receipt?',
  ])('"%s" stays with the assistant', (text) => {
    expect(withCalmModel(text)).toBeNull();
    expect(withTrainedModel(text)).toBeNull();
  });
});
