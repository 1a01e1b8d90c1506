/**
 * The same failure told as a pattern, the period said again and again ("Every month the same thing. Every month I
 * call…", "每个月都这样，每个月都打电话…"): frustration, however flat the words and however calm the model reads them
 * (sentiment/same_thing_every_time.ts). A list of the customer's own monthly errands names no failure and stays with
 * the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

// The model sure the message is calm: the rule alone must hand it over.
const calm = firstMessageVerdict({}, CALM);

describe('the same failure every month', () => {
  it.each([
    'Every statement the address is wrong. Every statement I ring. Every statement it is wrong again.',
    'Every week the app logs me out, every week I reinstall it, every week the same thing.',
    '每个月账单都寄错地址，每个月都打电话改，每个月还是寄错',
    '每次转账都卡住，每次都要打电话，每次都说没问题，结果还是老样子',
  ])('"%s" goes to a person', (text) => {
    expect(calm(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    'Every month I pay rent, every month the phone bill, every month the council tax. Can I automate them?',
    '每个月交水费，每个月交电费，每个月还要交燃气费，能不能自动扣',
    'I get paid every week and save every month, which account suits that every year?',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
  });
});
