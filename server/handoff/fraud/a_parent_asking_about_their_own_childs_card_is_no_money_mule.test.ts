/**
 * A parent asking how their own young child gets a card ("我儿子17了 在厂里打工 他能自己拿身份证去办卡吗", "my son is 15 and
 * wants his own card, how do we do it") gets no scam warning (own_child_account.ts). Someone who pays the child for
 * a card, or a card to be handed over, is still a money mule.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a parent asking about their own child’s card', () => {
  it.each([
    '我女儿16了 在奶茶店打工 她能自己拿身份证去办卡吗',
    '我儿子今年十岁，想给他单独办张卡存压岁钱，我要带啥',
    'my son is 16 and works weekends, can he take his ID and open his own account?',
  ])('"%s" is no scam', (text) => {
    expect(verdict(text)?.reason).not.toBe('fraud_risk');
  });

  it.each([
    '我儿子17了，有人给他500块让他拿身份证去办卡，办好交给对方，这样行吗',
    'my son is 17 and someone offered him 300 to open an account with his ID and hand the card over, is that ok?',
  ])('"%s" is still a money mule', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
