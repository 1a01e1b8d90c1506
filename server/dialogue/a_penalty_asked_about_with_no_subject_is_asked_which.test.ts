/**
 * "do I pay a penalty?" as a first message started the bill payment (it heard "pay"), and "有罚息吗" got the
 * out-of-scope fallback. A penalty asked about with nothing that says for what is now asked which: repaying a
 * loan early, withdrawing a fixed deposit early or a late card repayment, offered as quick replies; no flow.
 * A request to pay one ("I want to pay my penalty", "交罚款") still gets what it got.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';

const ASKED: Record<Locale, RegExp> = {
  en: /Which penalty do you mean\?.*repaying a loan early.*fixed deposit early.*late card repayment/,
  'zh-CN': /请问是哪种违约金或罚息？.*提前还贷款.*定期存款提前支取.*信用卡逾期还款/,
};
const CHOICES: Record<Locale, string[]> = {
  en: ['Repaying a loan early', 'Withdrawing a fixed deposit early', 'A late card repayment'],
  'zh-CN': ['提前还贷款', '定期提前支取', '信用卡逾期还款'],
};

const BARE: Array<[Locale, string]> = [
  ['en', 'do I pay a penalty?'],
  ['en', 'is there a penalty'],
  ['en', 'will I be charged a penalty?'],
  ['zh-CN', '要交违约金吗'],
  ['zh-CN', '有罚息吗'],
  ['zh-CN', '会收违约金吗'],
];

describe('through the server', () => {
  let kit: TransactionsServer;
  beforeAll(async () => {
    kit = await transactionsServer({ redis: false, features: [handoffForTests()] });
  }, 180_000);
  afterAll(() => kit?.close());

  it.each(BARE)('%s "%s" first: asked which penalty, no flow', async (locale, said) => {
    const chat = await Chat.open(kit, 'app', locale);
    const reply = await chat.say(said);
    chat.close();
    expect(reply.kind, reply.text).toBe('intent');
    expect(reply.text).toMatch(ASKED[locale]);
    expect(reply.quickReplies.map((q) => q.label)).toEqual(CHOICES[locale]);
  });

  it.each([
    ['en', 'is there a penalty', 0, 'mortgage_prepayment'],
    ['zh-CN', '要交违约金吗', 0, 'mortgage_prepayment'],
    ['en', 'do I pay a penalty?', 1, 'fixed_deposit_early_withdrawal'],
    ['zh-CN', '有罚息吗', 1, 'fixed_deposit_early_withdrawal'],
  ] as const)('%s "%s", then quick reply %i: the article on it', async (locale, said, index, article) => {
    const chat = await Chat.open(kit, 'app', locale);
    const asked = await chat.say(said);
    const reply = await chat.say(asked.quickReplies[index]!.text);
    chat.close();
    expect(reply.kind, reply.text).toBe('faq');
    expect(reply.source?.id).toBe(article);
  });

  it.each([
    ['en', 'I want to pay my penalty'],
    ['zh-CN', '交罚款'],
  ] as const)('%s "%s": a payment, as before', async (locale, said) => {
    const chat = await Chat.open(kit, 'app', locale);
    const reply = await chat.say(said);
    chat.close();
    expect(reply.kind, reply.text).toBe('flow');
    expect(reply.intent).toBe('pay_bill');
  });
});
