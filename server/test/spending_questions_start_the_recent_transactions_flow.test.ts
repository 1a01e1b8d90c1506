/**
 * A customer asking what they spent over a period wants to see their transactions. A walkthrough found them
 * told it was out of scope ("how much have I spent on my debit card since monday", "本周开销多少", "monthly
 * expenses"), given the credit card bill ("我这个月刷了多少", "储蓄卡本月消费多少"), the balance ("how much money
 * have I spent since friday") or handed to a person as frustrated ("sum of my purchases this week", "total
 * outgoings for january"). Through the real server (trained intent model, shipped intents and articles,
 * flows, handoff) they start the recent-transactions flow. Spending on a credit card is that card's bill, as
 * a bank answers it: it keeps the statement answer. None of these sentences is an example in `intents/`.
 */
import { describe, expect, it } from 'vitest';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { DEFAULT_INTENTS_DIR } from '../handoff/model/everyday_examples.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import { loadIntentCatalog } from '../nlu/intent_catalog.ts';
import type { Locale } from '../protocol/protocol.ts';

const SPENDING: Array<[Locale, string]> = [
  ['zh-CN', '本周开销多少'],
  ['zh-CN', '我这个月刷了多少'],
  ['zh-CN', '上个月开销多少'],
  ['zh-CN', '本月消费总额'],
  ['zh-CN', '我这个月用了多少钱'],
  ['zh-CN', '这个月出了多少钱'],
  ['zh-CN', '储蓄卡本月消费多少'],
  ['zh-CN', '本月开支情况'],
  ['zh-CN', '本周支出总额'],
  ['zh-CN', '钱怎么花得这么快 都花哪了'],
  ['zh-CN', '最近半个月的开销'],
  ['en', 'how much have I spent on my debit card since monday'],
  ['en', 'how much money have I spent since friday'],
  ['en', 'what have I been spending money on'],
  ['en', 'total outgoings for january'],
  ['en', 'how much have I spent on amazon this year'],
  ['en', 'how much have I used from my account this week'],
  ['en', 'what are my expenses since payday'],
  ['en', 'sum of my purchases this week'],
  ['en', "what's gone out since monday"],
  ['en', 'monthly expenses'],
  ['en', 'how much have I paid out this month'],
  ['en', 'how much have I spent on my current account since the 1st'],
];

const CREDIT_CARD_SPENDING: Array<[Locale, string]> = [
  ['zh-CN', '这个月信用卡花了多少'],
  ['zh-CN', '我的信用卡这个月消费多少'],
  ['en', 'how much have I spent on my credit card this month'],
  ['en', 'how much have I put on my credit card this month'],
];

describe('a question about what was spent', () => {
  const kit = useTransactionsServer({ redis: false, features: [handoffForTests()] }, 180_000);

  it('is asked in words the intent catalog does not hold', () => {
    const catalog = loadIntentCatalog(DEFAULT_INTENTS_DIR);
    for (const [locale, text] of [...SPENDING, ...CREDIT_CARD_SPENDING]) {
      const known = new Set(catalog.examples(locale).map((e) => e.text.toLowerCase()));
      expect(known.has(text.toLowerCase()), text).toBe(false);
    }
  });

  it.each(SPENDING)('%s "%s" starts the recent-transactions flow', async (locale, text) => {
    const chat = await Chat.open(kit(), 'app', locale);
    const reply = await chat.say(text);
    expect(reply.kind).toBe('flow');
    expect(reply.intent).toBe('recent_transactions');
    chat.close();
  });

  it.each(CREDIT_CARD_SPENDING)('%s "%s" about a credit card gets the card bill', async (locale, text) => {
    const chat = await Chat.open(kit(), 'app', locale);
    const reply = await chat.say(text);
    expect(reply.kind).not.toBe('flow');
    expect(reply.intent).toBe('credit_card_bill');
    chat.close();
  });
});
