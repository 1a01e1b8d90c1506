/**
 * "银行卡过期了怎么办" / "my card expired what do I do" used to start the lost-card report (the intent model hears
 * a lost card), which would have stopped the card. The card-expiry article answers, and nothing starts. A card
 * that is lost as well is still reported. Through the real server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Locale } from '../protocol/protocol.ts';

describe('an expired card', () => {
  let kit: TransactionsServer;
  beforeAll(async () => {
    kit = await transactionsServer({ redis: false });
  }, 180_000);
  afterAll(() => kit?.close());

  it.each([
    ['zh-CN', '银行卡过期了怎么办'],
    ['zh-CN', '卡快到期了咋办'],
    ['en', 'my card expired what do I do'],
  ] as Array<[Locale, string]>)('%s "%s" gets the renewal article, no loss report', async (locale, text) => {
    const chat = await Chat.open(kit, 'app', locale);
    const reply = await chat.say(text);
    expect(reply.source?.id).toBe('card_expiry_renewal');
    expect(reply.card?.type).not.toBe('verify');
    expect(reply.kind).toBe('faq');
    chat.close();
  });

  it.each([
    ['zh-CN', '卡丢了，反正也快过期了，先挂失吧'],
    ['en', 'I lost my card, it was about to expire anyway'],
  ] as Array<[Locale, string]>)('%s "%s" is still reported lost', async (locale, text) => {
    const chat = await Chat.open(kit, 'app', locale);
    const reply = await chat.say(text);
    expect(reply.kind).toBe('flow');
    expect(reply.intent).toBe('report_lost_card');
    chat.close();
  });
});
