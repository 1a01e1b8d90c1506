/**
 * What the customer sees: a charge the bank took, called "a bit much" politely ("that seems a bit much, no?", "是不是有点过分了"), goes
 * to a person however calm the model reads it (sentiment/charge_called_a_bit_much.ts). A fee asked about ahead stays
 * with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const withTrainedModel = firstMessageVerdict();
const withCalmModel = firstMessageVerdict({}, CALM);

describe('a charge taken, called a bit much', () => {
  it.each([
    'You took a £25 late fee because the payment was one day late. That seems a bit much, no?',
    'Charging me interest on a balance I cleared last week is a little steep, is it not?',
    '账户里就几十块钱，扣了我30的管理费，是不是有点过分了',
    '一笔跨行转账收了我二十块手续费，未免有点多了吧',
  ])('"%s" goes to a person', (text) => {
    expect(withCalmModel(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    'Would a £5 monthly fee be a bit much for a student account?',
    'If I go overdrawn by £10, will there be a charge? That would be a bit much',
    '如果收年费的话会不会有点贵',
  ])('"%s" stays with the assistant', (text) => {
    expect(withCalmModel(text)).toBeNull();
  });

  it.each([
    'A £30 fee for a one-day overdraft? This is daylight robbery, I am furious',
    '扣我50块年费，简直是抢钱，气死我了',
  ])('the charge said in anger, "%s", still goes to a person', (text) => {
    expect(withTrainedModel(text)?.reason).toBe('negative_sentiment');
  });
});
