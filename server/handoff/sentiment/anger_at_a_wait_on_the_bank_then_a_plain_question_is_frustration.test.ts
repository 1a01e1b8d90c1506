/**
 * What the customer sees: a long wait on the bank told with a word of anger, then a plain question ("Stood in the queue at your branch
 * for two hours, fuming. Where do I find my IBAN?", "在你们网点排队等了一个多小时，气死了，怎么查卡号") goes to a person
 * however calm the model reads the question (sentiment/fuming_after_a_wait_on_the_bank.ts). A wait on someone else,
 * or a wait told without anger, stays with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const withTrainedModel = firstMessageVerdict();
const withCalmModel = firstMessageVerdict({}, CALM);

describe('anger at a wait on the bank, then a plain question', () => {
  it.each([
    'Stood in the queue at your branch for two hours this morning, fuming. Where do I find my IBAN?',
    'Forty minutes on hold with your helpline, livid. How do I order a new card?',
    '在你们网点排队等了一个多小时，真是气死了，怎么查卡号',
    '打你们客服热线等了半个小时，火大，信用卡额度怎么调',
  ])('"%s" goes to a person', (text) => {
    expect(withCalmModel(text)?.reason).toBe('negative_sentiment');
    expect(withTrainedModel(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    'On hold with my insurer for an hour, fuming. Where do I find my IBAN?',
    'Waited forty minutes at your branch this morning, how do I book an appointment next time?',
    '等外卖等了一个小时，气死了，怎么查卡号',
  ])('"%s" stays with the assistant', (text) => {
    expect(withCalmModel(text)).toBeNull();
    expect(withTrainedModel(text)).toBeNull();
  });
});
