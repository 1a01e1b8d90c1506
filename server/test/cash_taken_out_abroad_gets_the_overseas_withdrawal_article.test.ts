/**
 * A question about taking cash out abroad: "在日本取日元要手续费吗", "fees for withdrawing yen", "is there a fee to
 * withdraw dollars in the US" got the currency-exchange article, which says buying currency costs nothing,
 * or the cross-border remittance reply. The fee for a withdrawal abroad (¥12 each) is in the article on
 * withdrawing cash abroad, which now answers, whatever the intent model heard
 * (../dialogue/overseas_withdrawal_question.ts). Buying or exchanging currency keeps its article. Through the
 * real server (trained intent model, shipped intents and articles, flows, handoff), both languages.
 */
import { describe, expect, it } from 'vitest';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { expectArticle } from './support/expect_article.ts';

const ABROAD: Array<[Locale, string]> = [
  ['zh-CN', '在日本取日元要手续费吗'],
  ['zh-CN', '去美国取美元手续费多少'],
  ['zh-CN', '在香港取港币收费吗'],
  ['zh-CN', '在欧洲取欧元要多少手续费'],
  ['zh-CN', '出国取现要手续费吗'],
  ['en', 'fees for withdrawing yen'],
  ['en', 'withdrawing cash abroad fee'],
  ['en', 'is there a fee to withdraw dollars in the US'],
  ['en', 'how much does it cost to take out euros in France'],
  ['en', 'is there a fee to withdraw baht in thailand'],
  ['en', "what's the charge for withdrawing euros"],
];

/** The line of the article with the fee for a withdrawal abroad. */
const FEE: Record<Locale, RegExp> = { 'zh-CN': /每笔手续费12元/, en: /A fee of ¥12 per withdrawal/ };

const EXCHANGE: Array<[Locale, string]> = [
  ['zh-CN', '换日元要手续费吗'],
  ['en', 'is there a fee to buy yen'],
  ['en', 'fees for exchanging yen'],
];

describe('taking cash out abroad', () => {
  const kit = useTransactionsServer({ redis: false, features: [handoffForTests()] }, 180_000);

  it.each(ABROAD)('%s "%s" is told the fee for a withdrawal abroad', async (locale, text) => {
    const reply = await expectArticle(kit(), locale, text, 'overseas_cash_withdrawal');
    expect(reply.kind, reply.text).toBe('faq');
    expect(reply.text).toMatch(FEE[locale]);
  });

  it.each(EXCHANGE)('%s "%s" is buying currency: the exchange article', async (locale, text) => {
    await expectArticle(kit(), locale, text, 'foreign_currency_exchange');
  });
});
