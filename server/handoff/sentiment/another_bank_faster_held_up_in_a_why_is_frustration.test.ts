/**
 * What the customer sees: a "why" beside another bank that does it at once (为什么…我朋友的银行当天就到, "why… when my
 * sister's bank does it in minutes? just curious") goes to a person (another_bank_faster_asked_why.ts). The same why
 * without the other bank, or asking whether this bank offers what another does, stays with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

// The model held calm: the rule hands the grievance over whatever the trained model reads, and stays quiet on the
// sincere look-alikes.
const withCalmModel = firstMessageVerdict({}, CALM);

describe('another bank faster, held up in a why', () => {
  it.each([
    '为什么跨行转账要两天，人家别的银行都是秒到',
    '为啥汇款去美国要一个星期，我同事的银行当天就到了',
    "Why does a card replacement take ten days when my sister's bank sends one overnight? Just curious.",
    'Why do you charge for a foreign transfer when my old bank did it for free? Honest question.',
  ])('"%s" goes to a person', (text) => {
    expect(withCalmModel(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '为什么跨行转账要两天',
    '我朋友的银行能秒到，你们这边也支持实时到账吗',
    'Why does it take 5 working days to send money to India?',
    'My old bank let me export statements as CSV, can I do that here?',
  ])('"%s" stays with the assistant', (text) => {
    expect(withCalmModel(text)).toBeNull();
  });
});
