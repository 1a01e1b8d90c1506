/**
 * A code or a PIN the customer says nobody asked for, told of the bank's own call about a payment that was theirs
 * (code_said_not_asked.ts): "他们没问我要密码", "They never asked for a code". The words name the code only to say it
 * stayed with the customer: no code-request warning. A code asked for instead, or a safe account beside it, is still
 * a scam.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a code said not to have been asked for', () => {
  it.each([
    '银行的号码打来问我昨天那笔八千块的消费是不是本人，我说是，他们没问我要密码，还用做别的吗',
    'Your card team rang about a purchase in Lisbon, which was me. They never asked for a code. Anything I should do now?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '他们没问密码，只要了验证码，我念给他了',
    "They didn't ask for my PIN, just the code from the text, and I read it out",
    '对方说是银行的，没问验证码，但让我把钱转到安全账户',
    "He said he's from the bank, didn't ask for my PIN, but had me read out the number on the back of my card",
    '他说是银行的，没问密码，却让我念了卡背后的三位数',
  ])('"%s" still gets the fraud warning', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
