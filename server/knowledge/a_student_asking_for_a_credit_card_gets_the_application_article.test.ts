/**
 * "I am student, can I get credit card" got the credit-card statement article: "get credit card" without the
 * article was not heard as applying for one, and "student" looks like "statement" letter by letter. Now getting
 * a credit card said either way is applying for one, and the application article says what a student needs
 * (the sandbox bank's own terms). "我是学生 能办信用卡吗" got the article already, without a word on students.
 * Retrieval on its own, and through the real server in both languages.
 */
import { describe, expect, it } from 'vitest';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { expectArticle } from '../test/support/expect_article.ts';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

const APPLICATION = 'credit_card_application';

describe('a student asking for a credit card', () => {
  const kb = shippedKnowledgeBase();

  it.each<[string, Locale]>([
    ['I am student, can I get credit card', 'en'],
    ["i'm a uni student, do you give credit cards to students", 'en'],
    ['want credit card, how', 'en'],
    ['我是学生 能办信用卡吗', 'zh-CN'],
    ['大学生可以办信用卡吗', 'zh-CN'],
  ])('"%s" (%s) gets the application article', (text, locale) => {
    expect(kb.top(text, locale)).toBe(APPLICATION);
  });

  it.each<[string, Locale, string]>([
    ['need credit card statement', 'en', 'credit_card_statement'],
    ['get credit card bill for this month', 'en', 'credit_card_statement'],
  ])('"%s" (%s) is still about the card the customer has', (text, locale, id) => {
    expect(kb.top(text, locale)).toBe(id);
  });
});

describe('through the server', () => {
  const kit = useTransactionsServer({ redis: false, features: [handoffForTests()] }, 180_000);

  it.each<[Locale, string, RegExp]>([
    ['en', 'I am student, can I get credit card', /Students: full-time students aged 18 or over/],
    ['zh-CN', '我是学生 能办信用卡吗', /学生：年满18周岁的全日制在校学生/],
  ])('%s "%s" is told how a student applies', async (locale, text, student) => {
    const reply = await expectArticle(kit(), locale, text, APPLICATION);
    expect(reply.text).toMatch(student);
  });
});
