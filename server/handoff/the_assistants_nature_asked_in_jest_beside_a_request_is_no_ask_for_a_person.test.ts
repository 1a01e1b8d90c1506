/**
 * The assistant's nature asked in jest, with laughter or a compliment, beside a request of its own ("你是AI还是真人呀，
 * 回得这么快哈哈，帮我查下余额", "are you a bot? you're politer than my boss lol. what's my card limit") is no ask for a
 * person (assistant_nature_asked_in_jest.ts). A bare nature question, one without the jest, or one beside an ask for a
 * person still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';
import { CALM } from './testing/model_readings.ts';

const verdict = firstMessageVerdict({}, CALM);

describe('the assistant’s nature asked in jest beside a request', () => {
  it.each([
    '你是机器人还是真人呀，回得这么快哈哈。帮我查下这个月的余额',
    '跟我聊天的是真人吗嘻嘻，反应真快。信用卡额度多少',
    "Are you a bot? You're politer than my boss lol. What's my credit card limit?",
    'is this a real person or a robot haha, you sound so human. where is the nearest branch',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '你是真人吗',
    '你是机器人吗？查下余额',
    '你是机器人吧哈哈，我要转人工查余额',
    'are you a bot lol',
    'Are you a robot haha? Check my balance, actually I want a real person',
  ])('"%s" is still an ask for a person', (text) => {
    expect(verdict(text)?.reason).toBe('asked_for_human');
  });
});
