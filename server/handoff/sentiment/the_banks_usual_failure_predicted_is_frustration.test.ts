/**
 * What the customer sees: the bank's usual failure predicted before it is told ("let me guess, still…", 猜都不用猜…还是)
 * goes to a person (let_me_guess_the_usual.ts). A guess with nothing unchanged or repeated in it stays with the
 * assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

// The model held calm: the rule hands the grievance over whatever the trained model reads, and stays quiet on the
// sincere look-alikes.
const withCalmModel = firstMessageVerdict({}, CALM);

describe("the bank's usual failure predicted", () => {
  it.each([
    '让我猜猜，我的贷款申请又是“审核中”吧',
    '猜都不用猜，app肯定还是登不上',
    "Let me guess, the card still hasn't been posted.",
    "Let me guess: my cheque is 'pending' for another week.",
  ])('"%s" goes to a person', (text) => {
    expect(withCalmModel(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '我猜一下，密码规则是六位数字吗',
    '让我猜猜这个月花了多少，帮我看下账单',
    'Let me guess the format: is the PIN six digits?',
    'I bet my transfer is fine, can you just confirm it went through?',
  ])('"%s" stays with the assistant', (text) => {
    expect(withCalmModel(text)).toBeNull();
  });
});
