/**
 * "银行卡过期了怎么办" / "my card expired what do I do" used to start the lost-card report (the intent model hears
 * a lost card), which would have stopped the card. The card-expiry article answers, and nothing starts. A card
 * that is lost as well is still reported. Through the real server.
 */
import { describe, expect, it } from 'vitest';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import type { Locale } from '../protocol/protocol.ts';
import { expectArticle } from './support/expect_article.ts';

describe('an expired card', () => {
  const kit = useTransactionsServer({ redis: false }, 180_000);

  it.each([
    ['zh-CN', '银行卡过期了怎么办'],
    ['zh-CN', '卡快到期了咋办'],
    ['en', 'my card expired what do I do'],
  ] as Array<[Locale, string]>)('%s "%s" gets the renewal article, no loss report', async (locale, text) => {
    const reply = await expectArticle(kit(), locale, text, 'card_expiry_renewal');
    expect(reply.card?.type).not.toBe('verify');
    expect(reply.kind).toBe('faq');
  });

  it.each([
    ['zh-CN', '卡丢了，反正也快过期了，先挂失吧'],
    ['en', 'I lost my card, it was about to expire anyway'],
  ] as Array<[Locale, string]>)('%s "%s" is still reported lost', async (locale, text) => {
    const chat = await Chat.open(kit(), 'app', locale);
    const reply = await chat.say(text);
    expect(reply.kind).toBe('flow');
    expect(reply.intent).toBe('report_lost_card');
    chat.close();
  });
});
