/**
 * The bank's charge called arbitrary, charged "by mood" (charge_called_arbitrary.ts): frustration however calm the
 * model reads it. A plain question why a fee differs stays with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const calm = firstMessageVerdict({}, CALM);

describe('a charge called arbitrary', () => {
  it.each([
    '你们这个年费是看心情收的吧，去年没扣今年又扣了',
    '短信费想收就收？上个月还没有这项',
    'Do you just make the fees up as you go? Free last month, £4 this month for the same transfer.',
    'Are your charges decided by mood? Same payment, different fee every time.',
  ])('"%s" is frustration', (text) => {
    expect(calm(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '为什么这个月跨行转账收了手续费，上个月没收？',
    'Why was there a fee on this transfer when last month there was none?',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
  });
});
