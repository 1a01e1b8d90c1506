/**
 * A vent at another company's service (the phone company, the energy supplier: useless, hours on hold with them), closed
 * with "rant over" / 不说了, then a plain request of the bank (sentiment/another_companys_service.ts): its "phone",
 * "hold" and 客服 are theirs. The bank's own line or staff vented at is still frustration.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { UNSURE_OF_FRUSTRATION } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict();
const unsure = firstMessageVerdict({}, UNSURE_OF_FRUSTRATION);

describe("a vent at another company's service, then a plain request", () => {
  it.each([
    'The energy company is completely hopeless, sat on hold with them all morning. Rant over. Can you change the address on my account?',
    'My phone company is a joke, kept me waiting an hour on the line. Sorry, rant over. I need a new mobile number on my profile.',
    '联通的客服真是没用，电话打了一个多小时也没人接。不说了，帮我改一下预留手机号',
    '移动的客服热线根本打不进去，烦死了。不说了，帮我改一下预留手机号',
    'The insurance company are useless, on hold with them for ages. Rant over. Can I change my address?',
  ])('"%s" is no frustration', (text) => {
    expect(verdict(text)).toBeNull();
    expect(unsure(text)).toBeNull();
  });

  it.each([
    'Your phone line is useless, on hold with you for two hours. Rant over. Change my number.',
    '你们的客服电话打了两个小时都没人接，简直没用。不说了，帮我改一下手机号',
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
