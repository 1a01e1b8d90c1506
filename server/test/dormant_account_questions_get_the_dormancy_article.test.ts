/**
 * Questions about an account or card left unused ("卡好久没用了还能用吗", "is my dormant account frozen") got
 * whatever the intent model heard in them, as no intent covers dormancy: the credit-limit answer, the
 * dormancy article recorded as credit_limit, an unfreeze flow, an out-of-scope fallback. They now get the
 * account_dormancy article, recorded as an FAQ answer with that source and no intent; a request that only
 * mentions an old card, or a forgotten password, keeps its intent. Through the real server (trained intent
 * model, knowledge base, flows).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { expectArticle } from './support/expect_article.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const QUESTIONS: Array<[Locale, string]> = [
  ['zh-CN', '卡好久没用了还能用吗'],
  ['zh-CN', '很久没用的卡还能用吗'],
  ['zh-CN', '账户好几年没用了是不是被冻结了'],
  ['zh-CN', '账户长时间不用会被冻结吗'],
  ['en', 'is my dormant account frozen'],
  ['en', 'what happens to an inactive account'],
  ['en', "my card hasn't been used in ages, does it still work?"],
  ['en', "my account hasn't been used for years, is it frozen?"],
];

describe.skipIf(!available)('questions about a dormant account', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer();
  });
  afterAll(() => kit.close());

  it.each(QUESTIONS)('%s "%s" gets the account_dormancy article', async (locale, text) => {
    const reply = await expectArticle(kit, locale, text, 'account_dormancy');
    expect(reply.kind).toBe('faq');
    expect(reply.intent).toBeNull();
    expect(reply.text).toContain(locale === 'zh-CN' ? '不动户' : 'dormant');
  });

  it.each([
    ['zh-CN', '帮我查一下好久没用的那张卡的余额'],
    ['zh-CN', '我很久没用那张卡了，取款密码忘了怎么办'],
  ] as const)('%s "%s" keeps its intent', async (locale, text) => {
    const chat = await Chat.open(kit, 'app', locale);
    const reply = await chat.say(text);
    expect(reply.source?.id).not.toBe('account_dormancy');
    chat.close();
  });
});

// With the handoff feature on, the intent model's fraud_report ("hasn't been used" reads like "used without me")
// and the frustration the handoff model and lexicon hear in "frozen" sent this question to the scam warning,
// then to a person. The article answers it; anger about the same thing still reaches a person.
describe.skipIf(!available)('questions about a dormant account, with handoff on', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ features: [handoffForTests()] });
  });
  afterAll(() => kit.close());

  it.each([
    ['en', "my account hasn't been used for years, is it frozen?"],
    ['en', 'my account has not been used for years, is it frozen?'],
    ['zh-CN', '账户好几年没用了是不是被冻结了'],
    // The lexicon hears 冻结了 and 没用 as anger; here they are what is asked about.
    ['zh-CN', '卡被冻结了，说是好久没用成了不动户，怎么激活'],
  ] as const)('%s "%s" gets the article, no scam warning and no handoff', async (locale, text) => {
    const reply = await expectArticle(kit, locale, text, 'account_dormancy');
    expect(reply.kind).toBe('faq');
    expect(reply.text).not.toMatch(/诈骗|scam/i);
  });

  it('anger about a frozen dormant account still goes to a person', async () => {
    const chat = await Chat.open(kit, 'app', 'en');
    const reply = await chat.say("my account hasn't been used for years and now it's frozen?! ridiculous");
    expect(reply.kind).toBe('handoff');
    chat.close();
  });
});
