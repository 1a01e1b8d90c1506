/**
 * Tried over and over, still failing, then asking what on earth is wrong ("密码重置了十来次还是登不上，到底怎么回事",
 * "tried the OTP a dozen times on two phones, what on earth is going on?") is frustration however calm the model reads it
 * (tried_over_and_over_still_failing.ts). One or two tries told calmly, or the customer's own wrong PIN, are not.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { CALM } from '../testing/model_readings.ts';

const verdict = firstMessageVerdict({}, CALM);

describe('tried over and over, asking what on earth is wrong', () => {
  it.each([
    '绑卡死活绑不上，试了二十多次，换了两个手机，到底哪里出问题了',
    '短信码点了十次获取，一条都没来，究竟怎么回事',
    'I have pressed resend on the code ten times and tried my wife’s phone too, what on earth is going on?',
    'Tried to add my card to the wallet a dozen times, still no luck. What is wrong with it?',
  ])('"%s" goes to a person', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '验证码没收到，重发了两次，还能怎么弄',
    '我自己输错了五次密码被锁了，到底要怎么解锁',
    'I pressed resend twice and the code has not come yet, what should I try?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });
});
