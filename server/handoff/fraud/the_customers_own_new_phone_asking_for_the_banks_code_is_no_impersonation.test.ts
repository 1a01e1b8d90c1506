/**
 * The customer setting up their own new phone, where the bank's app asks for the bank's code (own_new_phone.ts), is
 * no "new number asking for a code" impersonation: it stays with the assistant. Someone on a new number asking for
 * money or the code is still a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe("the customer's own new phone", () => {
  it.each([
    '换了新手机号后登录手机银行，app让我输你们发的验证码，短信是哪个号码发的',
    'Setting up your app on a new phone and it says I need the code you send me. Which number is it sent from?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '我儿子换了个新号加我微信，说急着要五千块，让我转给他同学',
    'My daughter messaged from a new number, she needs the code I just got and £400 for her phone',
  ])('"%s" still gets the fraud warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
