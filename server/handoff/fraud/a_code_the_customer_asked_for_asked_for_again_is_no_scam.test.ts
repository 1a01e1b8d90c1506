/**
 * A code the customer asked for themselves, for their own login or reset, expired and asked for again, is no scam:
 * the model's unsure alarm stands down (own_code_asked_for_again.ts). A code someone else asks the customer for is
 * still a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm } from '../testing/model_readings.ts';

describe('a code the customer asked for, asked for again', () => {
  const verdict = firstMessageVerdict({}, fraudAlarm(0.8));

  it.each([
    '验证码是我自己点的，我在改登录密码，结果提示过期了，能再发一个吗',
    "I'm changing my password and requested the code myself, it timed out before I typed it. Can you resend a new code?",
  ])('"%s" is no scam', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '快递员让我把验证码报给他，我报了说过期了，能再发一个吗',
    'The man from the bank asked me for the code, it expired, can you send another so I can read it to him?',
  ])('"%s" is still a scam', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
