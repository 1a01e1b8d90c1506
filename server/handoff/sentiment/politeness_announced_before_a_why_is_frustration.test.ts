/**
 * Politeness announced before a pointed "why" to the bank (politeness_announced.ts): frustration however calm the model
 * reads it. A plain courtesy before a question stays with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const calm = firstMessageVerdict({}, CALM);

describe('politeness announced before a why', () => {
  it.each([
    '我心平气和地问一句，为什么挂失补卡非得本人回开户行办？',
    '我尽量客气地问：为什么转账限额每次都要去柜台才能调？',
    "I'm asking nicely: why does changing my address need a visit to the branch I opened the account at?",
    'Let me put this politely. Why is my card blocked every time I travel?',
  ])('"%s" is frustration', (text) => {
    expect(calm(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '请问为什么换地址需要去开户行办理？',
    'Could you kindly tell me why my card needs a branch visit to unlock?',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
  });
});
