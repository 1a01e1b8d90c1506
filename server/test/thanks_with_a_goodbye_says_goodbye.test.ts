/**
 * Thanks or a "no more" with a goodbye ("谢谢您，再见", "ok thank you, bye", "不用了，再见") closes the
 * conversation with a goodbye, through the real server and intent model; it used to get the thanks reply,
 * which asks "anything else?" of a customer who has just said goodbye. Plain thanks still asks.
 */
import { describe, expect, it } from 'vitest';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import type { Locale } from '../protocol/protocol.ts';

describe('thanks or a no with a goodbye', () => {
  const kit = useTransactionsServer({ redis: false }, 180_000);

  it.each([
    ['zh-CN', '谢谢您，再见', '再见'],
    ['zh-CN', '好的 谢谢啦 拜拜', '再见'],
    ['en', 'ok thank you, bye', 'bye'],
    ['en', 'thanks so much, bye bye', 'bye'],
    ['zh-CN', '不用了，再见', '再见'],
    ['en', "no that's all, goodbye", 'bye'],
  ] as Array<[Locale, string, string]>)('%s "%s" gets a goodbye', async (locale, text, word) => {
    const chat = await Chat.open(kit(), 'app', locale);
    const reply = await chat.say(text);
    expect(reply.intent).toBe('goodbye');
    expect(reply.text.toLowerCase()).toContain(word);
    expect(reply.text).not.toMatch(/还有其他|anything else/i);
    chat.close();
  });

  it.each([
    ['zh-CN', '好的谢谢', '还有其他需要帮忙的吗'],
    ['en', 'thanks a lot', 'anything else'],
  ] as Array<[Locale, string, string]>)(
    '%s "%s" (thanks alone) still asks what else',
    async (locale, text, ask) => {
      const chat = await Chat.open(kit(), 'app', locale);
      const reply = await chat.say(text);
      expect(reply.intent).toBe('thanks');
      expect(reply.text).toContain(ask);
      chat.close();
    },
  );
});
