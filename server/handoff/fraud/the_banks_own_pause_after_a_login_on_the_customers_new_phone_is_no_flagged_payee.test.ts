/**
 * The bank's own security pause on the customer's account after a login on their own new phone, and how to lift
 * it, is a question about the bank's check (fraud/own_new_phone_security_pause.ts), not a payment to be forced past a
 * flagged payee. A payee flagged by the bank, to be paid anyway, still gets the scam warning.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe("the bank's own pause after a login on the customer's new phone", () => {
  it.each([
    '换了新手机登了一下手机银行，就提示交易有风险被暂停了，怎么解除',
    '新手机上登录以后，app提示账户存在风险交易已被暂停，能不能解除一下',
    'Logged in on my new phone and now the app says my account is flagged as high risk and paused. How do I get around it?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '换了新手机，转账时提示对方账户有风险被暂停了，怎么才能转过去',
    'I am on my new phone and the app says the payee is flagged as high risk, how do I override it and pay anyway?',
  ])('"%s" gets the scam warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
