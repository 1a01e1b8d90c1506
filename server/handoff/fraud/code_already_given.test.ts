/** A code or a password already given away, told apart from one asked for and refused, or never given. */
import { describe, expect, it } from 'vitest';
import { saysCodeWasGiven } from './code_already_given.ts';

describe('a code already given away', () => {
  it.each([
    '刚才有人冒充客服 我把验证码告诉他了 咋办',
    '自称银行的人让我报了短信验证码，我已经告诉他了',
    '我把密码发给对方了',
    '验证码我念给他了',
    'I already gave my code to someone who said he was from the bank',
    'I read out the OTP to the caller',
    'i told them my pin',
  ])('"%s" says so', (text) => {
    expect(saysCodeWasGiven(text)).toBe(true);
  });

  it.each([
    '有人问我要验证码，我没告诉他',
    '验证码收不到',
    '我密码输错了三次',
    '对方让我把验证码给他，我不会给的',
    "someone asked for my code but I didn't give it",
    'what is the code for?',
  ])('"%s" does not', (text) => {
    expect(saysCodeWasGiven(text)).toBe(false);
  });
});
