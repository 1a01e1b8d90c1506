/**
 * A plain acknowledgement ("行 知道了", "好的知道了", "got it, cool") gets "okay, what else can I help with?";
 * "行 知道了" used to be told it was outside the banking services the assistant handles.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../protocol/protocol.ts';
import { customerConversations, say } from './support/customer_conversations.ts';

describe('an acknowledgement', () => {
  const conversations = customerConversations();

  it.each([
    ['zh-CN', '行 知道了', /好的/],
    ['zh-CN', '好的知道了', /好的/],
    ['en', 'got it, cool', /okay/i],
    ['en', 'i see', /okay/i],
  ] as Array<[Locale, string, RegExp]>)('%s "%s" is acknowledged', async (locale, text, ok) => {
    const { socket } = await conversations.open(locale);
    const reply = await say(socket, text);
    expect(reply.kind).toBe('intent');
    expect(reply.text).toMatch(ok);
    expect(reply.text).not.toMatch(/超出|outside/i);
  });
});
