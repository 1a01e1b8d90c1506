/**
 * A message of greetings, thanks or goodbyes only ("thanks so much for your patience", "您好，最近还好吗") is no
 * frustration, though the handoff model heard it in "patience" / "nothing more" (sentiment/courtesy_only.ts).
 * Sarcastic thanks, a goodbye with a threat to leave, or anger beside a courtesy still go to a person.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { frustrationAlarm } from '../testing/model_readings.ts';

/** The model hears frustration in every message, as the trained one did in "many thanks for your patience" (0.93). */
const verdict = firstMessageVerdict({}, frustrationAlarm(0.93));

describe('courtesies alone', () => {
  it.each([
    'hello there, hope you are doing well',
    'thanks so much for all your help!',
    "that's all for today, have a nice day",
    'no, nothing else. bye',
    '您好，最近还好吗',
    '非常感谢您的耐心解答',
    '没有别的问题了，拜拜',
    '辛苦了，再见',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    'thanks for nothing',
    'thanks a lot for wasting my whole afternoon',
    "goodbye, I'm moving to another bank",
    'hello?? is this thing even working',
    '谢谢你们，浪费了我一下午',
    '再见，我要销户',
    '你好，你们这服务太差了',
  ])('"%s" still goes to a person', (text) => {
    expect(verdict(text)).not.toBeNull();
  });
});
