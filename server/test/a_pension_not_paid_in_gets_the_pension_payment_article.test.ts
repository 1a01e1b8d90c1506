/**
 * Found in a walkthrough: "这个月养老金还没到账" got the reply about transfers the customer sent, and "my monthly
 * pension money has not shown up in my account" the personal-pension-account article or the fallback. A pension
 * not paid in is money that has not arrived, not the pension savings scheme: it gets when pensions are paid in
 * and what to check (the payment day and 12333, the account's records, the yearly eligibility check, the
 * card's state). Opening a personal pension account keeps its article. Through the real server.
 */
import { describe, expect, it } from 'vitest';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale, Reply } from '../protocol/protocol.ts';

describe('a pension that has not been paid in', () => {
  const kit = useTransactionsServer({ redis: false, features: [handoffForTests()] });

  async function ask(locale: Locale, text: string): Promise<Reply> {
    const chat = await Chat.open(kit(), 'app', locale);
    const reply = await chat.say(text);
    chat.close();
    return reply;
  }

  it.each([
    ['zh-CN', '这个月养老金还没到账'],
    ['zh-CN', '我妈的退休金这个月怎么还没打过来'],
    ['en', 'my monthly pension money has not shown up in my account'],
    ['en', "my pension hasn't come in this month"],
  ] as Array<[Locale, string]>)(
    '%s "%s": when pensions are paid in and what to check',
    async (locale, text) => {
      const reply = await ask(locale, text);
      expect(reply.source?.id).toBe('pension_payment_arrival');
      expect(reply.text).toContain('12333');
    },
  );

  it.each([
    ['zh-CN', '个人养老金账户怎么开'],
    ['en', 'How do I open a personal pension account'],
  ] as Array<[Locale, string]>)('%s "%s" keeps the personal pension article', async (locale, text) => {
    expect((await ask(locale, text)).source?.id).toBe('personal_pension_account');
  });
});
