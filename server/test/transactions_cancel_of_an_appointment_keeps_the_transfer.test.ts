/**
 * "取消预约" / "cancel my appointment" during a transfer is about something else (an appointment booked
 * earlier): it used to cancel the transfer ("取消预约") or drop it for a new booking flow ("cancel my
 * appointment"). Now the customer is told the transfer is still going and how to stop it, and the flow's
 * pending question comes back. A cancel aimed at the transfer still cancels it, and "取消预约" still cancels
 * a booking in progress. Through the real server (trained models, real sockets and Redis, handoff beside).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const START: Record<Locale, string> = { 'zh-CN': '给张三转500', en: 'transfer 200 to John' };
const GOES_ON: Record<Locale, string> = {
  'zh-CN': '我们正在为您办理转账，转账并没有取消。',
  en: 'We are in the middle of your transfer, and I have not cancelled it.',
};
const FROM_PROMPT: Record<Locale, string> = {
  'zh-CN': '请问从哪个账户付款？',
  en: 'Which account should the money come from?',
};
const CANCELLED: Record<Locale, string> = { 'zh-CN': '已为您取消', en: 'I have cancelled that' };
const OTHER_CANCELS: Array<[Locale, string]> = [
  ['zh-CN', '取消预约'],
  ['zh-CN', '取消我的预约'],
  ['en', 'cancel my appointment'],
  ['en', 'cancel the appointment'],
];

describe.skipIf(!available)('a cancel of an appointment during a transfer', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 }, features: [handoffForTests()] });
  });
  afterAll(() => kit.close());

  it.each(OTHER_CANCELS)('%s "%s" while asked for the phone keeps the transfer', async (locale, text) => {
    const chat = await Chat.open(kit, 'app', locale);
    expect((await chat.say(START[locale])).card?.type).toBe('verify');
    const reply = await chat.say(text);
    expect(reply.kind).toBe('flow');
    expect(reply.intent).toBe('transfer_money');
    expect(reply.text).toContain(GOES_ON[locale]);
    expect(reply.text).not.toContain(CANCELLED[locale]);
    // Still waiting for the phone: the verify card again, and a number now sends the code.
    expect(reply.card?.type).toBe('verify');
    expect((await chat.say('13800000001')).card?.verify?.method).toBe('otp');
    chat.close();
  });

  it.each(OTHER_CANCELS)('%s "%s" at the choice of account asks it again', async (locale, text) => {
    const chat = await Chat.open(kit, 'app', locale);
    await chat.say(START[locale]);
    const question = await chat.verify('13800000001', '135790');
    const reply = await chat.say(text);
    expect(reply.text).toContain(GOES_ON[locale]);
    expect(reply.text.endsWith(FROM_PROMPT[locale])).toBe(true);
    expect(reply.quickReplies).toEqual(question.quickReplies);
    // The transfer goes on to the read-back.
    expect((await chat.say(question.quickReplies[0]!.text)).card?.type).toBe('confirm');
    chat.close();
  });

  it('zh-CN "取消预约" at the read-back moves no money and keeps the read-back; "取消转账" cancels', async () => {
    const chat = await Chat.open(kit, 'app', 'zh-CN');
    await chat.say(START['zh-CN']);
    await chat.verify('13800000001', '135790');
    expect((await chat.say('尾号1234')).card?.type).toBe('confirm');
    const kept = await chat.say('取消预约');
    expect(kept.text).toContain(GOES_ON['zh-CN']);
    expect(kept.card?.type).toBe('confirm');
    const cancelled = await chat.say('取消转账');
    expect(cancelled.text).toContain(CANCELLED['zh-CN']);
    expect((await chat.say('确认')).card?.type).not.toBe('receipt');
    chat.close();
  });

  it.each([
    ['en', 'cancel the transfer'],
    ['en', 'never mind'],
    ['zh-CN', '不转了'],
    ['zh-CN', '取消'],
  ] as const)('%s "%s" still cancels the transfer', async (locale, text) => {
    const chat = await Chat.open(kit, 'app', locale);
    await chat.say(START[locale]);
    const reply = await chat.say(text);
    expect(reply.text).toContain(CANCELLED[locale]);
    chat.close();
  });

  it('zh-CN "取消预约" while booking an appointment cancels the booking', async () => {
    const chat = await Chat.open(kit, 'app', 'zh-CN');
    expect((await chat.say('我想预约网点')).kind).toBe('flow');
    const reply = await chat.say('取消预约');
    expect(reply.text).toContain(CANCELLED['zh-CN']);
    chat.close();
  });
});
