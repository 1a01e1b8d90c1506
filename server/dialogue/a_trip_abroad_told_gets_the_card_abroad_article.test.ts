/**
 * "下周去日本玩", "我下个月要去欧洲出差", "off to spain on saturday": a customer who only says they are going abroad
 * got the out-of-scope fallback (no intent covers it; retrieval ranked currency exchange or branch hours first,
 * under the threshold). Now a message that is nothing but a trip abroad gets the using-a-card-abroad article
 * (no travel notice needed, payments abroad switched on); a trip said with another request or question is
 * answered as before. The recogniser on its own, and through the real server in both languages.
 */
import { describe, expect, it } from 'vitest';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { expectArticle } from '../test/support/expect_article.ts';
import { announcesTripAbroad, CARD_ABROAD_ARTICLE } from './travel_statement.ts';

describe('a trip abroad told', () => {
  it.each([
    '下周去日本玩',
    '我下个月要去欧洲出差',
    '我要出国了',
    '下周我和老婆去泰国度假',
    '10月1号去韩国',
    'off to spain on saturday',
    'going to japan next week',
    "I'm flying to Tokyo tomorrow for work",
    "we're off to bali on our honeymoon",
  ])('"%s" is a trip and nothing else', (text) => expect(announcesTripAbroad(text)).toBe(true));

  it.each([
    '去日本取钱',
    '下周去日本，卡能用吗',
    '下周去日本玩，顺便问下日元汇率',
    '去香港汇款',
    '我在日本',
    '日本',
    '我想去网点',
    'send money to spain',
    'going to japan, will my card work?',
    "I'm in spain",
    'going to the branch tomorrow',
    'I am going to japan to buy a house',
  ])('"%s" is not (another request, or no trip)', (text) => expect(announcesTripAbroad(text)).toBe(false));
});

const TRIPS: Array<[Locale, string]> = [
  ['zh-CN', '下周去日本玩'],
  ['zh-CN', '我下个月要去欧洲出差'],
  ['en', 'off to spain on saturday'],
  ['en', 'going to japan next week'],
];

describe('through the server', () => {
  const kit = useTransactionsServer({ redis: false, features: [handoffForTests()] }, 180_000);

  it.each(TRIPS)('%s "%s" gets the using-a-card-abroad article', async (locale, text) => {
    const reply = await expectArticle(kit(), locale, text, CARD_ABROAD_ARTICLE);
    expect(reply.text).toMatch(/报备|tell Sandbox Bank/);
  });

  it.each([
    ['zh-CN', '去日本取钱要手续费吗', 'overseas_cash_withdrawal'],
    ['en', 'fees for withdrawing yen in japan', 'overseas_cash_withdrawal'],
  ] as const)('%s "%s" keeps its own article (%s)', async (locale, text, article) => {
    await expectArticle(kit(), locale, text, article);
  });
});
