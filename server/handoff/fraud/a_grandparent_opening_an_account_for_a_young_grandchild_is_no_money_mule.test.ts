/**
 * A grandparent opening an account for a young grandchild ("想给孙女办张卡 她才七岁 逢年过节给她存点钱", "I want to open an
 * account for my grandson and give the card to him when he turns eighteen, he's only six") asks about the child's
 * own account, as a parent does (own_child_account.ts): "给她存" / "give the card to him" is no card handed over.
 * Someone who pays for a card ("someone offered him 200 to open an account", red_flags.ts), or a card to be handed to
 * someone, is still a money mule.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a grandparent opening an account for a young grandchild', () => {
  it.each([
    '外婆想给外孙开个账户存点钱 他才五岁 我能给他办吗',
    '我想给孙女办张卡 她才七岁 逢年过节给她存点钱 要带啥证件',
    "I want to open an account for my grandson and give the card to him when he turns eighteen, he's only six now",
  ])('"%s" is no scam', (text) => {
    expect(verdict(text)?.reason).not.toBe('fraud_risk');
  });

  it.each([
    '我孙子17了 有人给他500块让他去办张卡交给对方 这样行吗',
    'my grandson is 17 and someone offered him 200 to open an account and hand the card over, is that ok?',
    '有个老板说给我五百块 让我开张卡给他用',
    'a man offered me 300 to open an account and hand the card to him',
  ])('"%s" is still a money mule', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
