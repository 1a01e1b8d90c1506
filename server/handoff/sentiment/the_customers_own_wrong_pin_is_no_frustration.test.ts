/**
 * The customer's own wrong PIN or password and the lock it set off ("wrong pin 3 times", "输了好几遍密码都说不对") stay
 * with the assistant: the tries were the customer's own mistakes (own_wrong_pin.ts). A PIN said to be right, or the
 * lock told with a word of exasperation, is still frustration.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('the customer’s own wrong PIN', () => {
  it.each([
    '手机银行输了好几遍密码都说不对，打不开了',
    '取钱的时候密码试了三次都不对，现在卡锁了，能在手机上重置吗',
    'wrong pin 3 times at the atm',
    "I kept typing the wrong password in the app and now it says I'm locked out, do I have to wait till tomorrow?",
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '密码明明是对的，输了三次都说不对，卡还给锁了，你们系统到底怎么回事！',
    'typed the right PIN 3 times and your system says wrong and locked me out AGAIN, ridiculous',
  ])('"%s" is still frustration', (text) => {
    expect(verdict(text)?.reason).toBe('negative_sentiment');
  });
});
