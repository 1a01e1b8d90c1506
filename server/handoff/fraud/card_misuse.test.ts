import { describe, expect, it } from 'vitest';
import { describesCardMisuse } from './card_misuse.ts';

describe('describesCardMisuse', () => {
  it.each([
    '我的卡被盗刷了',
    '有一笔消费不是我刷的',
    '信用卡被人盗刷了好几笔',
    '账户里有笔不明扣款',
    '这笔不是我本人操作的',
    'somebody used my card without permission',
    "there's a charge I didn't make",
    'unauthorized transactions on my account',
    "I don't recognise this payment",
    'my card was cloned',
    '我卡里的钱被人转走了',
    '账户被盗了',
    '手机银行被黑了 钱没了',
    'someone took money from my account',
    'money was transferred out of my account and it was not me',
    'my online banking was hacked',
    // A card copied at a cash machine.
    '我的卡好像被人复制了，ATM上有个奇怪的东西',
    '取款机插卡口装了个可疑的装置',
    'I think my card was skimmed at the ATM, there was something odd on the slot',
  ])('a victim of card misuse: %s', (text) => {
    expect(describesCardMisuse(text)).toBe(true);
  });

  it.each([
    '有人打电话让我把钱转到安全账户',
    '客服让我下载共享屏幕的app',
    'a police officer says I must move my savings to a safe account',
    'someone on WhatsApp asked for my verification code',
    '我的卡丢了',
    'my card was declined',
    '我的卡被盗了',
    '我把钱转走了',
    'I transferred money to my son',
    'money was taken from my account for the annual fee, why?',
    '怎么复制银行卡号',
    'how do I copy my card number into the app',
  ])('not card misuse: %s', (text) => {
    expect(describesCardMisuse(text)).toBe(false);
  });
});
