/**
 * After a scam warning the customer says they stopped, or never made, the payment: the warning's own quick
 * reply ("我已停止转账", "I've stopped") and what a customer types instead ("我不转了", "已经停了", "我没转", "I stopped",
 * "I didn't send anything"). Heard on the whole message only: a stop said with a new request, or a stop of
 * something else ("I stopped the card", "我想停止自动扣款"), is that request.
 */
import { describe, expect, it } from 'vitest';
import { HANDOFF_MESSAGES } from '../handoff_messages.ts';
import { saysTheyStoppedPaying } from './stopped_paying.ts';

describe('stopping the payment', () => {
  it.each(Object.values(HANDOFF_MESSAGES.fraudAck))('the warning\'s quick reply "%s" says so', (text) => {
    expect(saysTheyStoppedPaying(text)).toBe(true);
  });

  it.each([
    '我已停止转账',
    '我不转了',
    '已经停了',
    '我没转',
    '好的，我已经停了',
    '我没有转账',
    '钱还没转出去',
    '我不会转的',
    '我一分钱都没转',
    'I stopped',
    "I didn't send anything",
    "I've stopped",
    'ok I stopped',
    "I haven't sent any money",
    'stopped',
  ])('"%s" says the payment is off', (text) => {
    expect(saysTheyStoppedPaying(text)).toBe(true);
  });

  it.each([
    '我不转了，帮我查下余额',
    '我要转账',
    '我想停止自动扣款',
    '我没收到验证码',
    'I stopped the card',
    'I stopped receiving texts',
    "I didn't get the code",
    'I want to send money',
  ])('"%s" is something else', (text) => {
    expect(saysTheyStoppedPaying(text)).toBe(false);
  });
});
