/**
 * Scam calls or texts that keep coming, told as a nuisance with an ask to block them, nothing given, are no scam under way
 * and their outburst no anger at the bank (scam_calls_that_keep_coming_asked_to_be_blocked.ts). Something given to a
 * caller is still a scam; anger at the bank's own blocking is still frustration.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';

const verdict = firstMessageVerdict();

describe('scam calls that keep coming, asked to be blocked', () => {
  it.each([
    '诈骗电话每天都有好几通，真烦人，你们能不能帮我屏蔽掉',
    'I keep getting scam texts, honestly sick of them. Is there a way you can filter them out?',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    ['诈骗电话每天好几通，昨天还把验证码告诉其中一个了，能帮我屏蔽吗', 'fraud_risk'],
    [
      'I keep getting scam calls, one of them told me to move my savings to a safe account, can you block them?',
      'fraud_risk',
    ],
    ['骚扰电话天天有，你们这破银行的拦截功能根本没用，气死我了', 'negative_sentiment'],
  ])('"%s" is still escalated (%s)', (text, reason) => {
    expect(verdict(text)?.reason).toBe(reason);
  });
});
