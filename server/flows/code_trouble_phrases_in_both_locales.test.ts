/**
 * What counts as trouble with the SMS code while it is awaited (forgotten, not arrived, expired), in both
 * locales, and what does not: a password or PIN ("I forgot my password" keeps its article), another request
 * ("I lost my card"), and an explicit resend (which sends a code at once).
 */
import { describe, expect, it } from 'vitest';
import { isCodeTrouble } from './code_trouble.ts';
import { signalsOf } from './turn_signals.ts';

const none = { type: 'fallback', reason: 'low_confidence' } as const;

describe('trouble with the code', () => {
  it.each([
    '验证码忘了',
    '我忘记验证码了',
    '没收到验证码',
    '验证码收不到',
    '短信没收到',
    '验证码过期了',
    '验证码还没到',
    '忘了',
    '还没收到呢',
    'I forgot the code',
    "I didn't get the code",
    'I never got the code',
    'the code expired',
    'I lost the text',
    "didn't get it",
    "still haven't received it",
    'where is my code',
  ])('"%s" is about the code', (text) => {
    expect(isCodeTrouble(text)).toBe(true);
    expect(signalsOf(text, none).codeTrouble).toBe(true);
  });

  it.each([
    'I forgot my password',
    'I forgot my PIN',
    '忘记密码了',
    '交易密码忘了',
    'I lost my card',
    '查余额',
    'transfer 200 to Li Na',
    '重新发送验证码',
    'where is the branch',
  ])('"%s" is not', (text) => {
    expect(isCodeTrouble(text)).toBe(false);
  });

  it('"没收到" is trouble to explain, not a resend; the button and "resend" still resend', () => {
    expect(signalsOf('没收到验证码', none).resend).toBe(false);
    expect(signalsOf("I didn't get the code", none).resend).toBe(false);
    for (const t of ['重新发送验证码', 'Resend code', 'send it again', 'send me a new code'])
      expect(signalsOf(t, none).resend).toBe(true);
  });
});
