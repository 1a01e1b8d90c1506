/**
 * When a flow offers a choice of the customer's accounts or cards, "第二个", "第二张", "最后那个", "the second
 * one", "first one", "the last one" pick that option, as if its button had been pressed. They used to get
 * "Sorry, I didn't catch that" (or, for "last one", the lost-card article). Through the real server (trained
 * intent model, knowledge base, real sockets and Redis).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const TRANSFER: Record<Locale, string> = { 'zh-CN': '给张三转500', en: 'transfer 500 to Zhang San' };
const FROM: Record<Locale, string> = { 'zh-CN': '付款账户', en: 'From' };

describe.skipIf(!available)('choosing an account or card by its position', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  it.each([
    ['zh-CN', '第二个', '5678'],
    ['zh-CN', '最后那个', '5678'],
    ['zh-CN', '用第一个账户吧', '1234'],
    ['en', 'the second one', '5678'],
    ['en', 'second', '5678'],
    ['en', 'first one', '1234'],
    ['en', 'the last one', '5678'],
  ] as const)('%s "%s" picks the account ending %s to pay from', async (locale, answer, tail) => {
    const chat = await Chat.open(kit, 'app', locale);
    await chat.say(TRANSFER[locale]);
    const question = await chat.verify('13800000001', '135790');
    expect(question.quickReplies).toHaveLength(2);
    const readBack = await chat.say(answer);
    expect(readBack.card?.type).toBe('confirm');
    const from = readBack.card?.fields.find((f) => f.label === FROM[locale]);
    expect(from?.value).toContain(`**** ${tail}`);
    chat.close();
  });

  it('en "the last one" picks the account whose transactions to show', async () => {
    const chat = await Chat.open(kit, 'app', 'en');
    await chat.say('show my recent transactions');
    const question = await chat.verify('13800000001');
    expect(question.text).toContain('Which account');
    const reply = await chat.say('the last one');
    expect(reply.source).toBeNull();
    expect(reply.card?.title).toContain('**** 5678');
    // That account has one transaction: said as one ("the last 1 transactions" before).
    expect(reply.text).toMatch(/^Here is the only recent transaction on the account/);
    chat.close();
  });

  it.each([
    ['zh-CN', '第二张', '6060'],
    ['en', 'the first one', '4321'],
  ] as const)('%s "%s" picks the card ending %s to report lost', async (locale, answer, tail) => {
    const chat = await Chat.open(kit, 'app', locale);
    await chat.say(locale === 'zh-CN' ? '我的卡丢了' : 'I lost my card');
    const question = await chat.verify('13800000002');
    expect(question.quickReplies).toHaveLength(2);
    const readBack = await chat.say(answer);
    expect(readBack.card?.type).toBe('confirm');
    expect(readBack.card?.fields.some((f) => f.value.endsWith(`**** ${tail}`))).toBe(true);
    chat.close();
  });

  it('a position past the options picks nothing and asks again', async () => {
    const chat = await Chat.open(kit, 'app', 'zh-CN');
    await chat.say(TRANSFER['zh-CN']);
    await chat.verify('13800000001', '135790');
    const again = await chat.say('第三个');
    expect(again.card).toBeUndefined();
    expect(again.text).toContain('从哪个账户');
    expect(again.quickReplies.map((q) => q.text)).toEqual(['尾号1234', '尾号5678']);
    chat.close();
  });
});
