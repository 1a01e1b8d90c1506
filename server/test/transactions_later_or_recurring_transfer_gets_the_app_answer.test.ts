/**
 * A transfer asked for later or every month ("每个月自动给我妈转2000", "send 500 to Bob Lee next Friday") is
 * not started as a transfer now: the assistant only sends money at once, and its read-back could be
 * confirmed by a customer who thinks it sets up the recurring one. The article on scheduled transfers
 * answers, with "send it now instead" carrying the payee and amount. A time word that is not about when the
 * money goes still starts the transfer. Through the real server.
 */
import { describe, expect, it } from 'vitest';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import type { Locale } from '../protocol/protocol.ts';

describe('a transfer asked for later or again and again', () => {
  const kit = useTransactionsServer({ redis: false }, 180_000);

  it.each([
    ['zh-CN', '每个月自动给张三转2000', '现在给张三转2000元'],
    ['zh-CN', '下周五再给张三转500', '现在给张三转500元'],
    ['en', 'send 500 to Bob Lee next Friday', 'send 500 yuan to Bob Lee now'],
    ['en', 'set up a monthly transfer of 200 to Anna Wu', 'send 200 yuan to Anna Wu now'],
  ] as Array<[Locale, string, string]>)(
    '%s "%s": the scheduled-transfers answer, nothing started',
    async (locale, text, now) => {
      const chat = await Chat.open(kit(), 'app', locale);
      const reply = await chat.say(text);
      expect(reply.source?.id).toBe('scheduled_transfers');
      expect(reply.card?.type).not.toBe('verify');
      const sendNow = reply.quickReplies.find((q) => q.text === now);
      expect(sendNow).toBeDefined();
      // Pressed, it starts the transfer now, with what was heard kept.
      const started = await chat.say(sendNow!.text);
      expect(started.kind).toBe('flow');
      expect(started.intent).toBe('transfer_money');
      chat.close();
    },
  );

  it.each([
    ['zh-CN', '明天要交房租，先给张三转3000'],
    ['en', 'transfer 300 to Bob Lee'],
  ] as Array<[Locale, string]>)('%s "%s" starts the transfer', async (locale, text) => {
    const chat = await Chat.open(kit(), 'app', locale);
    const reply = await chat.say(text);
    expect(reply.kind).toBe('flow');
    expect(reply.source).toBeNull();
    chat.close();
  });
});
