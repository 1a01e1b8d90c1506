/**
 * A caller the customer saw through, told off and hung up on ("我一听就知道是骗子 把他臭骂一顿就挂了", "I knew straight away it
 * was a scam, told him where to go and hung up"), is an approach turned down, as when the customer hangs up at
 * once (victim_context.ts): worth advice, not a scam under way. Not when the customer went along after all.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('a caller told off and hung up on', () => {
  it.each([
    '昨天有人打电话说我名下的卡涉嫌贩毒 我一听就知道是骗子 把他臭骂一顿就挂了 我这卡没事吧',
    'a man rang saying my account was linked to money laundering, I knew straight away it was a scam, told him where to go and hung up, is my card still ok',
  ])('"%s" is no scam under way', (text) => {
    expect(verdict(text)?.reason).not.toBe('fraud_risk');
  });

  it.each([
    '有人打电话说我的卡涉嫌洗钱 我一听就知道是骗子 骂了他一顿 可后来他又打来 我还是把验证码给他了',
    'a man rang saying my account was linked to money laundering, I knew it was a scam and told him off, but then I gave him the code anyway',
  ])('"%s" is still a scam', (text) => {
    expect(verdict(text)?.reason).toBe('fraud_risk');
  });
});
