/**
 * Telling the assistant it picked the wrong thing ("no, the other one", "not the one I was looking for", "不是这个意思",
 * "你理解错了") is no frustration, though the handoff model heard it in the "not" (sentiment/correction_of_the_assistant.ts).
 * A correction with exasperation, repetition or anger beside it still goes to a person.
 */
import { describe, expect, it } from 'vitest';
import { firstMessageVerdict } from '../testing/first_message_verdict.ts';
import { frustrationAlarm } from '../testing/model_readings.ts';

/** The model hears frustration in every message, as the trained one did in "not this one" (0.94). */
const verdict = firstMessageVerdict({}, frustrationAlarm(0.94));

describe('a correction of what the assistant picked', () => {
  it.each([
    'no, the other one',
    'not the one I was looking for',
    'hmm, wrong option',
    'sorry, not that one please',
    '不是这个意思',
    '你理解错了',
    '嗯 不是这个',
    '不对，是另外一个',
  ])('"%s" stays with the assistant', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it.each([
    'wrong AGAIN',
    'not what I asked, are you even listening',
    'not that one, useless bot',
    '你们又搞错了',
    '到底听不听得懂，不是这个',
    '不是这个！！说了多少遍了',
  ])('"%s" still goes to a person', (text) => {
    expect(verdict(text)).not.toBeNull();
  });
});
