/**
 * The assistant's nature touched on in passing before a plain request, the question dropped at once or the digital
 * human compared with a real one, is no ask for a person (assistant_nature_in_passing.ts). A bare nature question, or one
 * beside an ask for a person, still is.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from './testing/first_message_verdict.ts';
import { CALM } from './testing/model_readings.ts';

const verdict = firstMessageVerdict({}, CALM);

describe('the assistant’s nature in passing before a plain request', () => {
  it.each([
    '您是机器人还是真人？无所谓了，帮我查一下信用卡还款日',
    '朋友说你们这个数字员工跟真人一样，那我问问，外币兑换怎么办理',
    'Am I talking to a bot? never mind, how do I change my address',
    "My son says you're more patient than a real person. Can you check when my pension arrives?",
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    '你是真人吗',
    '你是机器人吗？算了，我要找真人客服',
    'are you a real person? never mind, get me an agent',
    "you're faster than a real person, but I still want to talk to a human",
  ])('"%s" is still an ask for a person', (text) => {
    expect(verdict(text)?.reason).toBe('asked_for_human');
  });
});
