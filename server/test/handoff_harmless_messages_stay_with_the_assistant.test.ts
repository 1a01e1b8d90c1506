/**
 * Harmless messages that used to start a handoff (with nobody online each got "Sorry, nobody from our team is
 * online right now…"): "and euro?" after an exchange-rate answer and "tell me a joke" / "make me laugh" (read as frustration),
 * a bare "help" and "can you speak English?" in a Mandarin session (read as asks for a person). They stay
 * with the assistant: "help" gets its "what can I help with" menu, a language question its answer.
 */
import { describe, expect, it } from 'vitest';
import type { Locale, Reply } from '../protocol/protocol.ts';
import { customerConversations } from './support/customer_conversations.ts';
import { talkWatchingHandoff } from './support/talk_watching_handoff.ts';

describe('harmless messages', () => {
  const conversations = customerConversations();

  /** The replies to `texts` in a new conversation, and whether any handoff status was sent. */
  const talk = async (locale: Locale, texts: readonly string[]): Promise<[Reply[], boolean]> => {
    const [replies, statuses] = await talkWatchingHandoff(conversations, locale, texts);
    return [replies, statuses.length > 0];
  };

  it.each([
    ['en', ["what's the exchange rate for dollars", 'and euro?']],
    ['zh-CN', ['美元汇率是多少', '那欧元呢？']],
    ['en', ['tell me a joke']],
    ['zh-CN', ['给我讲个笑话']],
    ['en', ['make me laugh']],
    ['zh-CN', ['逗我开心']],
  ] as const)('%s: %j is answered by the assistant', async (locale, texts) => {
    const [replies, handedOver] = await talk(locale, texts);
    expect(handedOver).toBe(false);
    for (const r of replies) expect(r.kind).not.toBe('handoff');
  });

  it.each([
    ['en', 'help', /what can i help you with/i, 'check balance'],
    ['en', 'help me', /what can i help you with/i, 'check balance'],
    ['zh-CN', '帮帮我', /需要什么帮助/, '查余额'],
  ] as const)(
    '%s: a bare "%s" gets the assistant\'s menu, not a person',
    async (locale, text, says, option) => {
      const [[reply], handedOver] = await talk(locale, [text]);
      expect(handedOver).toBe(false);
      expect(reply!.kind).not.toBe('handoff');
      expect(reply!.text).toMatch(says);
      expect(reply!.quickReplies.map((q) => q.text)).toContain(option);
    },
  );

  it('a language question in a Mandarin session is answered, not handed over', async () => {
    const [[reply], handedOver] = await talk('zh-CN', ['can you speak English?']);
    expect(handedOver).toBe(false);
    expect(reply!.kind).not.toBe('handoff');
    expect(reply!.locale).toBe('en');
    expect(reply!.text).toMatch(/English/);
  });
});
