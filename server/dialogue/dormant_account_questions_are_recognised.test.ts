/**
 * Which messages ask about a dormant account (answered by the account_dormancy article whatever the intent
 * model hears) and which only mention an old card while asking for something else.
 */
import { describe, expect, it } from 'vitest';
import { asksAboutDormancy } from './dormant_account_question.ts';

describe('questions about a dormant account', () => {
  it.each([
    '卡好久没用了还能用吗',
    '账户好几年没用了是不是被冻结了',
    '银行卡长期不用会怎样',
    '我的卡一年多没用了还能转账吗',
    '什么是不动户',
    "my account hasn't been used for years, is it frozen?",
    'I haven’t used my card for a long time, can I still use it?',
    'is my dormant account frozen',
    'what happens to an inactive account',
  ])('"%s" asks about dormancy', (text) => {
    expect(asksAboutDormancy(text)).toBe(true);
  });

  it.each([
    '帮我查一下好久没用的那张卡的余额',
    '我很久没用那张卡了取款密码完全想不起来了要怎么重新设置',
    '好久没用手机银行了登不上',
    '我的卡被冻结了',
    'my card is frozen',
    'please check the balance of my dormant account',
    "I haven't used the app for years",
  ])('"%s" does not', (text) => {
    expect(asksAboutDormancy(text)).toBe(false);
  });
});
