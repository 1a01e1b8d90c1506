/**
 * "那信用卡呢" / "and for a credit card?" after the transfer-limit article: the question asked again with the
 * card found that same article, which says nothing of credit cards, and the whole article came back word for
 * word, as if it were the answer for a credit card. Now the customer is told that answer does not cover
 * credit cards (no article, nothing passed off as an answer). A variant the article does speak of ("三年的呢"
 * after deposit rates) gets its lines, not the whole article again; the topic stays for the next follow-up
 * ("行内的呢"). Through the real server (trained intent
 * model, shipped articles), both languages.
 */
import { describe, expect, it } from 'vitest';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';

/** [locale, question, its article, the follow-up, what the honest reply names] */
const NOT_COVERED: Array<[Locale, string, string, string, RegExp]> = [
  ['zh-CN', '每天转账限额是多少', 'transfer_limits', '那信用卡呢', /没有讲到“信用卡”/],
  ['zh-CN', '转账手续费多少', 'transfer_fees', '那信用卡呢？', /没有讲到“信用卡”/],
  [
    'en',
    "what's the daily transfer limit?",
    'transfer_limits',
    'and for a credit card?',
    /nothing about “credit card”/,
  ],
  [
    'en',
    'how much is the transfer fee',
    'transfer_fees',
    'what about credit cards?',
    /nothing about “credit cards”/,
  ],
];

/** [locale, question, its article, the follow-up, a line it must give] */
const COVERED: Array<[Locale, string, string, string, RegExp]> = [
  ['zh-CN', '定期存款利率多少', 'deposit_interest_rates', '三年的呢', /3年1\.50%/],
  [
    'en',
    'what are the time deposit rates',
    'deposit_interest_rates',
    'what about 3 years?',
    /3 years 1\.50%/,
  ],
];

/** [locale, question, its article, the follow-up]: an article on every currency answers for the euro too. */
const GENERAL: Array<[Locale, string, string, string]> = [
  ['zh-CN', '今天美元汇率多少', 'exchange_rate_query', '那欧元呢'],
  ['en', "what's the dollar exchange rate today?", 'exchange_rate_query', 'and euro?'],
];

describe('a follow-up about a variant that finds the article just given', () => {
  const kit = useTransactionsServer({ redis: false, features: [handoffForTests()] }, 180_000);

  it.each(NOT_COVERED)(
    '%s "%s" (%s), then "%s": told that answer does not cover it, not the article again',
    async (locale, q, article, followUp, names) => {
      const chat = await Chat.open(kit(), 'app', locale);
      const first = await chat.say(q);
      const reply = await chat.say(followUp);
      chat.close();
      expect(first.source?.id).toBe(article);
      expect(reply.text).not.toBe(first.text);
      expect(reply.source?.id ?? null, reply.text).toBeNull();
      expect(reply.text).toMatch(names);
    },
  );

  it.each(COVERED)(
    '%s "%s" (%s), then "%s": only the lines about it',
    async (locale, q, article, followUp, line) => {
      const chat = await Chat.open(kit(), 'app', locale);
      const first = await chat.say(q);
      const reply = await chat.say(followUp);
      chat.close();
      expect(first.source?.id).toBe(article);
      expect(reply.source?.id, reply.text).toBe(article);
      expect(reply.text).toMatch(line);
      expect(reply.text.length).toBeLessThan(first.text.length);
    },
  );

  it.each(GENERAL)(
    '%s "%s" (%s), then "%s": the same article answers',
    async (locale, q, article, followUp) => {
      const chat = await Chat.open(kit(), 'app', locale);
      const first = await chat.say(q);
      const reply = await chat.say(followUp);
      chat.close();
      expect(first.source?.id).toBe(article);
      expect(reply.source?.id, reply.text).toBe(article);
    },
  );

  it.each([
    ['zh-CN', '转账手续费多少', '那信用卡呢？', '行内的呢', /柜台行内转账免费/],
    [
      'en',
      'how much is the transfer fee',
      'what about credit cards?',
      'and within the same bank?',
      /within Sandbox Bank are free/,
    ],
  ] as const)(
    '%s: after "%s" and "%s", "%s" still leans on the first question',
    async (locale, q, card, next, line) => {
      const chat = await Chat.open(kit(), 'app', locale);
      const first = await chat.say(q);
      await chat.say(card);
      const reply = await chat.say(next);
      chat.close();
      expect(reply.source?.id, reply.text).toBe('transfer_fees');
      expect(reply.text).toMatch(line);
      // Its lines on that bank, as a follow-up on the fee: not the whole article as if asked afresh.
      expect(reply.text.length).toBeLessThan(first.text.length);
    },
  );
});
