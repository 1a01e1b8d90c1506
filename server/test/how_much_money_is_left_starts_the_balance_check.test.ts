/**
 * A customer asking how much money is left on their card or in their account wants their balance. "卡里还剩多少钱",
 * "我还剩多少钱", "how much is left on my card", "how much do I have left" and "how much is in my account" got
 * the loan-balance article (or another one: Type II account limits, withdrawing cash abroad), because
 * "多少钱" / "how much is" also ask what something costs and the message was read as a question about how
 * things work (../dialogue/own_balance_question.ts). Each starts the balance check, which first asks for the
 * registered phone. What is left of a loan or a limit keeps its article. Through the real server (trained
 * intent model, shipped intents and articles, flows, handoff), both languages. None of these sentences is an
 * example in `intents/`.
 */
import { describe, expect, it } from 'vitest';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { DEFAULT_INTENTS_DIR } from '../handoff/model/everyday_examples.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import { loadIntentCatalog } from '../nlu/intent_catalog.ts';
import type { Locale } from '../protocol/protocol.ts';

const LEFT: Array<[Locale, string]> = [
  ['zh-CN', '卡里还剩多少钱'],
  ['zh-CN', '我还剩多少钱'],
  ['zh-CN', '今天卡里还剩多少钱'],
  ['zh-CN', '储蓄卡里还剩多少钱'],
  ['en', 'how much is left on my card'],
  ['en', 'how much do I have left'],
  ['en', 'how much is left in my savings account'],
  ['en', 'how much is in my account'],
  ['en', 'how much is left on my debit card'],
  ['en', 'how much money is left in my account'],
];

/** What the balance check says first: it asks for the registered phone. */
const ASKS_PHONE: Record<Locale, RegExp> = { 'zh-CN': /查询余额.*预留的手机号码/s, en: /check your balance/ };

/** What is left of a loan or a limit: an article, no balance check. */
const NOT_HELD: Array<[Locale, string, string]> = [
  ['zh-CN', '房贷还剩多少没还', 'loan_balance_inquiry'],
  ['zh-CN', '贷款还剩多少钱', 'loan_balance_inquiry'],
  ['en', 'how much is left on my mortgage', 'loan_balance_inquiry'],
  ['en', 'how much do I have left to pay on my loan', 'loan_balance_inquiry'],
];

describe('how much money is left', () => {
  const kit = useTransactionsServer({ redis: false, features: [handoffForTests()] }, 180_000);

  it('is asked in words the intent catalog does not hold', () => {
    const catalog = loadIntentCatalog(DEFAULT_INTENTS_DIR);
    for (const [locale, text] of LEFT) {
      const known = new Set(catalog.examples(locale).map((e) => e.text.toLowerCase()));
      expect(known.has(text.toLowerCase()), text).toBe(false);
    }
  });

  it.each(LEFT)('%s "%s" starts the balance check', async (locale, text) => {
    const chat = await Chat.open(kit(), 'app', locale);
    const reply = await chat.say(text);
    chat.close();
    expect(reply.kind, reply.text).toBe('flow');
    expect(reply.intent).toBe('check_balance');
    expect(reply.source).toBeNull();
    expect(reply.text).toMatch(ASKS_PHONE[locale]);
  });

  it.each(NOT_HELD)('%s "%s" is what is left of a loan: %s', async (locale, text, article) => {
    const chat = await Chat.open(kit(), 'app', locale);
    const reply = await chat.say(text);
    chat.close();
    expect(reply.kind, reply.text).toBe('faq');
    expect(reply.source?.id).toBe(article);
  });
});
