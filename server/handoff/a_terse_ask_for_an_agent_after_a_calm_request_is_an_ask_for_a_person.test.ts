/**
 * A person asked for in a short clause of its own after a calm request ("…, human please", "…，来个客服") is an ask for a
 * person, however calm the rest reads (terse_ask_for_an_agent.ts). A staff word inside a longer clause is not.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';
import { CALM } from './testing/model_readings.ts';

// Calm model readings: the phrase alone must be heard.
const calm = firstMessageVerdict({}, CALM);

describe('a terse ask for an agent', () => {
  it.each([
    'how do I change the address on my account? human please',
    'quick q about mortgage overpayments - pls agent',
    'need the rules for closing a savings account early, representative asap',
    '信用卡分期的事想问问，来个客服',
    '帮我看看这笔年费怎么回事，给我来个真人吧',
  ])('"%s" is an ask for a person', (text) => {
    expect(calm(text)?.reason).toBe('asked_for_human');
  });

  it.each([
    'I am a travel agent, can I open a business account?',
    'hi agent, what is the rate on fixed deposits?',
    '我是做客服的，工资卡怎么办',
    '下午来个人修空调，我先把物业费交了',
  ])('"%s" stays with the assistant', (text) => {
    expect(calm(text)).toBeNull();
  });
});
