/**
 * A turned-down scam call told beside an accusation that the bank leaked the customer's details
 * (sentiment/leak_blamed_on_the_bank.ts): the trained model reads the refused approach as ordinary and calm, but the
 * customer is angry at the bank, and a person takes over. A question whether details leaked, blaming nobody, and the
 * refused call on its own stay with the assistant.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a leak blamed on the bank', () => {
  it.each([
    'A scammer rang quoting my account number, I hung up, but how did you leak my details? Disgraceful.',
    '有人自称你们银行客服，报出我的卡号和住址，我没理直接挂了。你们把我资料泄露出去了吧，太不像话了',
    '骗子打电话来报出我卡号，我直接挂了，肯定是你们泄露的，太差劲了',
  ])('"%s" is frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });

  it.each([
    '有人打电话报出我名字，我直接挂了，我的手机号是不是泄露了？',
    'A caller knew my name and address, I hung up. Could my details have leaked somewhere?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });
});
