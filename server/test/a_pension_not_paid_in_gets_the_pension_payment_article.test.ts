/**
 * Found in a walkthrough: "这个月养老金还没到账" got the reply about transfers the customer sent, and "my monthly
 * pension money has not shown up in my account" the personal-pension-account article or the fallback. A pension
 * not paid in is money that has not arrived, not the pension savings scheme: it gets when pensions are paid in
 * and what to check (the payment day and 12333, the account's records, the yearly eligibility check, the
 * card's state). Opening a personal pension account keeps its article. Through the real server.
 */
import { describe, expect, it } from 'vitest';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { expectArticle } from './support/expect_article.ts';

describe('a pension that has not been paid in', () => {
  const kit = useTransactionsServer({ redis: false, features: [handoffForTests()] });

  it.each([
    ['zh-CN', '这个月养老金还没到账'],
    ['zh-CN', '我妈的退休金这个月怎么还没打过来'],
    ['en', 'my monthly pension money has not shown up in my account'],
    ['en', "my pension hasn't come in this month"],
  ] as Array<[Locale, string]>)(
    '%s "%s": when pensions are paid in and what to check',
    async (locale, text) => {
      const reply = await expectArticle(kit(), locale, text, 'pension_payment_arrival');
      expect(reply.text).toContain('12333');
    },
  );

  it.each([
    ['zh-CN', '个人养老金账户怎么开'],
    ['en', 'How do I open a personal pension account'],
  ] as Array<[Locale, string]>)('%s "%s" keeps the personal pension article', async (locale, text) => {
    await expectArticle(kit(), locale, text, 'personal_pension_account');
  });
});
