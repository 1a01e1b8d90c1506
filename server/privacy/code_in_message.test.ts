/**
 * A code or a PIN said with its name is kept as stars in what the transcript stores and agents read; other
 * numbers in a sentence are left to the card, phone and ID masking.
 */
import { describe, expect, it } from 'vitest';
import { maskCustomerMessage } from './mask.ts';

describe('codes said in a sentence', () => {
  it.each([
    ['验证码是204806', '验证码是******'],
    ['我密码是246802', '我密码是******'],
    ['the code is 124219', 'the code is ******'],
    ['my PIN: 1357, right?', 'my PIN: ******, right?'],
    ['OTP 204806 已经输了', 'OTP ****** 已经输了'],
    ['135790', '******'],
  ])('"%s" is kept as "%s"', (text, kept) => {
    expect(maskCustomerMessage(text)).toBe(kept);
  });

  it.each(['密码错了3次', 'transfer 5000 to Alice', '转账5000给张三', 'what is the code for?'])(
    '"%s" keeps its numbers',
    (text) => {
      expect(maskCustomerMessage(text)).toBe(text);
    },
  );
});
