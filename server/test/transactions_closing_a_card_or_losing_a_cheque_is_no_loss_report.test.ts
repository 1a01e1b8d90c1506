/**
 * "我要注销这张卡" / "close this card" used to start the freeze flow (the intent model hears a freeze), and a
 * bare "我要销户" was taken for a threat to leave and put in the complaint queue. Closing a card or an account is
 * a service request: the account-closure article answers, nothing starts, nobody is queued. A lost card is still
 * reported, and a closure in an angry frame still reaches a person. Through the real server.
 */
import { describe, expect, it } from 'vitest';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { expectArticle } from './support/expect_article.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

describe.skipIf(!available)('closing a card or an account, with handoff on', () => {
  const kit = useTransactionsServer({ features: [handoffForTests()] }, 180_000);

  it.each([
    ['zh-CN', '我要注销这张卡'],
    ['zh-CN', '我要销户'],
    ['zh-CN', '销户'],
    ['zh-CN', '帮我把信用卡注销了'],
    ['en', 'close this card'],
    ['en', 'I want to close my account'],
  ] as Array<[Locale, string]>)(
    '%s "%s" gets the closure article, no flow, no queue',
    async (locale, text) => {
      const reply = await expectArticle(kit(), locale, text, 'account_closure');
      expect(reply.kind).toBe('faq');
      expect(reply.card?.type).not.toBe('verify');
    },
  );

  // A lost cheque is stopped by whoever wrote it: the cheques article, not the lost-card report.
  it.each([
    ['zh-CN', '支票丢了怎么办'],
    ['en', 'What if I lost a cheque I already wrote?'],
  ] as Array<[Locale, string]>)('%s "%s" gets the cheques article, no loss report', async (locale, text) => {
    const reply = await expectArticle(kit(), locale, text, 'cheques');
    expect(reply.card?.type).not.toBe('verify');
  });

  it.each([
    ['zh-CN', '卡丢了，帮我注销'],
    ['en', 'I lost my card, close it'],
  ] as Array<[Locale, string]>)('%s "%s" is still reported lost', async (locale, text) => {
    const chat = await Chat.open(kit(), 'app', locale);
    const reply = await chat.say(text);
    expect(reply.kind).toBe('flow');
    expect(reply.intent).toBe('report_lost_card');
    chat.close();
  });

  it.each([
    ['zh-CN', '再让我等下去我就销户'],
    ['en', "I'm going to close my account if this isn't sorted today"],
  ] as Array<[Locale, string]>)('%s "%s" still goes to a person', async (locale, text) => {
    const chat = await Chat.open(kit(), 'app', locale);
    const reply = await chat.say(text);
    expect(reply.kind).toBe('handoff');
    chat.close();
  });
});
