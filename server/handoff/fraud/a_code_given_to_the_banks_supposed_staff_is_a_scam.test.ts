/**
 * A code the customer says they gave to the bank's own staff (code_given_to_the_banks_supposed_staff.ts): the bank
 * never asks for it, so whoever took it posed as the bank: the scam warning. A code typed into the app, or a question
 * whether the bank's staff would ask for one, is no scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { fraudAlarm, NOTHING_AMISS } from '../testing/model_readings.ts';
import { schemesIn } from '../testing/schemes_in.ts';

const calm = firstMessageVerdict({}, NOTHING_AMISS);
const alarmed = firstMessageVerdict({}, fraudAlarm(0.8));
const schemes = (text: string): string[] => schemesIn(alarmed(text));

describe("a code given to the bank's supposed staff", () => {
  it.each([
    '动态码我已经念给你们的工作人员了，他说还要一个，再报一次可以吗',
    '刚才你们客服问我要了短信码，我给了，现在还需要做什么',
    'I told your security team the one-time passcode ten minutes ago, do they need the new one as well?',
    'Your representative asked me for the verification code and I gave it, is my account fine now?',
  ])('"%s" gets the scam warning', (text) => {
    expect(calm(text)?.reason).toBe('fraud_risk');
  });

  it.each([
    '验证码我在你们app里自己输了，还是提示失败',
    '你们的工作人员会不会问我要验证码',
    'I typed the code into your app myself but it says it expired',
    'Would your staff ever ask me for the verification code?',
  ])('"%s" stays with the assistant', (text) => {
    expect(schemes(text)).toEqual([]);
    expect(calm(text)).toBeNull();
  });
});
