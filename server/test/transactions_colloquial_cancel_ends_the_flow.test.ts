/**
 * Calling off a transfer the way people say it, through the real server (trained intent and handoff models,
 * real sockets, real Redis, the handoff feature beside the flows): "算了不转了", "不用了谢谢", "nah forget it",
 * "never mind" end the flow with the usual cancel reply; they are not read as a slot, answered from an
 * article, or taken for anger and handed to an agent. A question about the flow does not cancel it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const START: Record<Locale, string> = { 'zh-CN': '给张三转500', en: 'transfer 200 to John' };
const CANCELLED: Record<Locale, string> = { 'zh-CN': '已为您取消', en: 'I have cancelled that' };

describe.skipIf(!available)('a colloquial cancel during a transfer', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 }, features: [handoffForTests()] });
  });
  afterAll(() => kit.close());

  it.each([
    ['zh-CN', '算了不转了'],
    ['zh-CN', '不用了谢谢'],
    ['zh-CN', '算了'],
    ['en', 'nah forget it'],
    ['en', 'never mind'],
    ['en', 'forget it'],
  ] as const)('%s "%s" while asked for the phone ends the flow', async (locale, text) => {
    const chat = await Chat.open(kit, 'app', locale);
    expect((await chat.say(START[locale])).card?.type).toBe('verify');
    const reply = await chat.say(text);
    expect(reply.kind).toBe('flow');
    expect(reply.text).toContain(CANCELLED[locale]);
    expect(reply.source).toBeNull();
    expect(reply.card).toBeUndefined();
    // Nothing is waiting any more: a phone number now starts nothing.
    expect((await chat.say('13800000001')).card?.verify).toBeUndefined();
    chat.close();
  });

  it('zh-CN "算了不转了" at the read-back moves no money', async () => {
    const chat = await Chat.open(kit, 'app', 'zh-CN');
    await chat.say(START['zh-CN']);
    await chat.verify('13800000001', '135790');
    expect((await chat.say('尾号1234')).card?.type).toBe('confirm');
    const before = (await kit.feature.audit.recent(200)).length;
    const reply = await chat.say('算了，不转了');
    expect(reply.text).toContain(CANCELLED['zh-CN']);
    expect((await chat.say('确认')).card?.type).not.toBe('receipt');
    const after = await kit.feature.audit.recent(200);
    expect(after.slice(0, after.length - before).map((e) => e.type)).not.toContain('transfer.completed');
    chat.close();
  });

  it('a question about the flow is not a cancel', async () => {
    const chat = await Chat.open(kit, 'app', 'zh-CN');
    await chat.say(START['zh-CN']);
    const reply = await chat.say('不用短信验证可以吗');
    expect(reply.text).not.toContain(CANCELLED['zh-CN']);
    // Still waiting for the phone: a number now sends the code.
    expect((await chat.say('13800000002')).card?.verify?.method).toBe('otp');
    chat.close();
  });
});
