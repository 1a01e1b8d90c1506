/**
 * "转到别的银行多久到账" used to start a transfer (verification prompt and all): the intent model hears 转账
 * whatever is asked. Through the real server (trained models, knowledge base, flows): a question about how
 * transfers work (or whether a booking is needed) gets the article that answers it, and a request to transfer
 * (or to book) still starts the flow.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const QUESTIONS: Array<[Locale, string, string]> = [
  ['zh-CN', '转到别的银行多久到账', 'transfer_arrival_time'],
  ['zh-CN', '跨行转账要手续费吗', 'transfer_fees'],
  ['en', 'how long does a transfer to another bank take', 'transfer_arrival_time'],
  ['en', 'what is the daily transfer limit', 'transfer_limits'],
  // Whether something is needed, with the amount it is about; how much may be done.
  ['zh-CN', '我想取十万现金要预约吗', 'large_cash_withdrawal_notice'],
  ['zh-CN', '一天最多能转多少', 'transfer_limits'],
  ['en', 'do I need to book to withdraw 80k cash', 'large_cash_withdrawal_notice'],
  ['en', 'how much can I transfer per day', 'transfer_limits'],
  // Heard as other intents (unlocking mobile banking, a missing transfer, a remittance): the article answers.
  ['zh-CN', '手机银行一天最多转多少', 'transfer_limits'],
  ['en', 'my transfer was rejected', 'transfer_failed'],
  ['en', 'can I get cash abroad', 'overseas_cash_withdrawal'],
  ['zh-CN', '在国外能取钱吗', 'overseas_cash_withdrawal'],
  // How to get a statement out of the bank: where to print it, not the last few transactions.
  ['zh-CN', '怎么打印银行流水', 'deposit_certificate_and_statements'],
  ['en', 'how do I download my account statement', 'deposit_certificate_and_statements'],
  ['zh-CN', '这台机器能打印流水吗', 'deposit_certificate_and_statements'],
  ['en', 'can I print my bank statement here', 'deposit_certificate_and_statements'],
  // A fact to look up that reads like a flow: a queue number (号), one's balance.
  ['zh-CN', '开户行联行号怎么查', 'bank_swift_and_branch_codes'],
  ['en', 'what is the minimum balance', 'account_management_fees'],
];
const REQUESTS: Array<[Locale, string]> = [
  ['zh-CN', '查一下我最近的交易'],
  ['zh-CN', '我要转账'],
  ['zh-CN', '给张三转500'],
  ['en', 'I want to send money to my mum'],
  ['en', 'transfer 200 to John Smith'],
  ['zh-CN', '给张三转5万'],
  ['en', 'book an appointment to withdraw 80k cash'],
];

describe.skipIf(!available)('questions about transfers', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer();
  });
  afterAll(() => kit.close());

  it.each(QUESTIONS)('%s "%s" gets the article %s, not a transfer', async (locale, text, article) => {
    const chat = await Chat.open(kit, 'app', locale);
    const reply = await chat.say(text);
    expect(reply.kind).toBe('faq');
    expect(reply.source?.id).toBe(article);
    chat.close();
  });

  it.each(REQUESTS)('%s "%s" still starts the flow', async (locale, text) => {
    const chat = await Chat.open(kit, 'app', locale);
    const reply = await chat.say(text);
    expect(reply.kind).toBe('flow');
    expect(reply.source).toBeNull();
    chat.close();
  });
});
