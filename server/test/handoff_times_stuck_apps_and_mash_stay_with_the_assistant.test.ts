/**
 * Neutral messages that were handed over as anger or as a scam: a time or a day given as an answer ("3点",
 * "下午3点", "下午2点", "this week"), a calm report of a stuck app ("一直转圈",
 * "app登不上去了一直转圈", "i reinstalled, still the same"), a wish to switch language ("我还是说中文吧") and keyboard
 * mash ("blah blah 123 qwerty", which got the whole fraud warning with transfers held). They stay with the
 * assistant: no handoff, no warning. The same matters told in anger still go to a person.
 */
import { describe, expect, it } from 'vitest';
import type { HandoffStatus, Locale, Reply } from '../protocol/protocol.ts';
import { customerConversations } from './support/customer_conversations.ts';
import { talkWatchingHandoff } from './support/talk_watching_handoff.ts';

describe('times, stuck apps and keyboard mash', () => {
  const conversations = customerConversations();

  /** The reply to `text` as the first message of a new conversation, and the handoff statuses sent. */
  const first = async (locale: Locale, text: string): Promise<[Reply, HandoffStatus[]]> => {
    const [[reply], statuses] = await talkWatchingHandoff(conversations, locale, [text]);
    return [reply!, statuses];
  };

  it.each([
    ['zh-CN', '3点'],
    ['zh-CN', '下午3点'],
    ['zh-CN', '下午2点'],
    ['zh-CN', '一直转圈'],
    ['zh-CN', 'app登不上去了一直转圈'],
    ['zh-CN', '我还是说中文吧'],
    ['en', 'this week'],
    ['en', 'i reinstalled, still the same'],
    ['en', 'blah blah 123 qwerty'],
  ] as const)('%s: "%s" stays with the assistant', async (locale, text) => {
    const [reply, statuses] = await first(locale, text);
    expect(statuses).toEqual([]);
    expect(reply.kind).not.toBe('handoff');
    expect(reply.card?.type).not.toBe('warning');
  });

  it.each([
    ['zh-CN', '一直转圈半小时了，你们这什么破app，气死我了'],
    ['en', "I reinstalled three times and it's still broken, this is ridiculous"],
  ] as const)('%s: "%s" still goes to a person', async (locale, text) => {
    const [reply, statuses] = await first(locale, text);
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.map((s) => s.reason)).not.toContain('fraud_risk');
    expect(reply.kind).toBe('handoff');
  });
});
