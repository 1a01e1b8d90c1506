/**
 * A question asked mid-transfer that leaves its subject to the flow ("what's the fee for that", "这笔要手续费吗")
 * used to be looked up on its own words and got the credit card's annual fee. Now it is looked up with the
 * flow's name and gets the transfer article, then the transfer's question again; a question that names its
 * own subject still gets its own article. Through the real server (trained models, knowledge base, Redis).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leavesSubjectToFlow } from '../flows/refers_to_flow.ts';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const START: Record<Locale, string> = { 'zh-CN': '给张三转500', en: 'transfer 200 to John' };
const ASKED: Array<[Locale, string, string]> = [
  ['en', "actually what's the fee for that", 'transfer_fees'],
  ['en', 'is it free?', 'transfer_fees'],
  ['en', 'how long will it take', 'transfer_arrival_time'],
  ['zh-CN', '这笔要手续费吗', 'transfer_fees'],
  ['zh-CN', '多久能到', 'transfer_arrival_time'],
  // Names its own subject: its own article.
  ['en', 'what are your branch hours on sunday', 'branch_hours'],
  ['zh-CN', '周末网点开门吗', 'branch_hours'],
];

describe('which questions leave their subject to the flow', () => {
  it.each([
    ["what's the fee for that", true],
    ['is it free?', true],
    ['这笔要手续费吗', true],
    ['多久能到', true],
    ['what are your branch hours on sunday', false],
    ['信用卡年费是多少钱一年', false],
    // Social remarks are short too, but ask nothing.
    ['ok thanks', false],
    ['好的谢谢', false],
    ['你好', false],
  ] as const)('"%s" → %s', (text, expected) => {
    expect(leavesSubjectToFlow(text)).toBe(expected);
  });
});

describe.skipIf(!available)('a question during a transfer', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer();
  });
  afterAll(() => kit.close());

  it.each(ASKED)('%s "%s" gets %s, and the transfer goes on', async (locale, text, article) => {
    const chat = await Chat.open(kit, 'app', locale);
    expect((await chat.say(START[locale])).card?.type).toBe('verify');
    const reply = await chat.say(text);
    expect(reply.kind).toBe('flow');
    expect(reply.intent).toBe('transfer_money');
    expect(reply.source?.id).toBe(article);
    expect(reply.card?.type).toBe('verify');
    chat.close();
  });
});
