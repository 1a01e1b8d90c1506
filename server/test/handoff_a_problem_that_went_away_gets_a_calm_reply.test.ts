/**
 * "never mind, I found it" used to start a handoff (the handoff model reads "never mind" as frustrated, 0.88):
 * the customer got "I'm sorry this has been frustrating… Nobody from our team is online right now" for a
 * problem that had gone away. A message that only says the matter is settled now gets the assistant's calm
 * "okay, what else can I help you with?", in both languages; the same "never mind" with an insult is still handed over.
 */
import { describe, expect, it } from 'vitest';
import type { Locale, Reply } from '../protocol/protocol.ts';
import { customerConversations } from './support/customer_conversations.ts';
import { talkWatchingHandoff } from './support/talk_watching_handoff.ts';

describe('a problem that went away', () => {
  const conversations = customerConversations();

  /** The reply to `text` as the first message of a new conversation, and whether a handoff status was sent. */
  const say = async (locale: Locale, text: string): Promise<[Reply, boolean]> => {
    const [[reply], statuses] = await talkWatchingHandoff(conversations, locale, [text]);
    return [reply!, statuses.length > 0];
  };

  // Also never the out-of-scope fallback ("figured it out" and "我自己弄好了" used to get it, and it counted
  // towards handing the conversation over for repeated fallbacks).
  it.each([
    ['en', 'never mind, I found it', /^Okay\. What else can I help you with\?$/],
    ['en', "oh never mind, it's there now", /^Okay\. What else can I help you with\?$/],
    ['en', 'figured it out', /^Okay\. What else can I help you with\?$/],
    ['zh-CN', '算了，找到了', /^好的。请问还有什么可以帮您？$/],
    ['zh-CN', '我自己弄好了', /^好的。请问还有什么可以帮您？$/],
    ['zh-CN', '算了，我自己去网点办吧', /^好的。请问还有什么可以帮您？$/],
  ] as const)('%s: "%s" gets a calm reply, not a person', async (locale, text, says) => {
    const [reply, handedOver] = await say(locale, text);
    expect(handedOver).toBe(false);
    expect(reply.kind).not.toBe('handoff');
    expect(reply.text).toMatch(says);
    expect(reply.text).not.toMatch(/frustrating|nobody from our team|抱歉让您/i);
  });

  it.each([
    ['en', "never mind, you're useless"],
    ['zh-CN', '算了算了，不问了，你们这什么破系统'],
  ] as const)('%s: "%s" is still handed to a person', async (locale, text) => {
    const [reply, handedOver] = await say(locale, text);
    expect(handedOver || reply.kind === 'handoff').toBe(true);
  });
});
