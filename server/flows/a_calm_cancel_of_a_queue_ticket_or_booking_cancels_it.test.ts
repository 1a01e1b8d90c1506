/**
 * "算了不排了" while taking a queue ticket and "算了不约了" while booking were handed to a person as negative
 * sentiment ("很抱歉让您着急了…"), while "算了不转了" simply cancelled a transfer. Now they are calm cancels of the
 * running flow, in both locales ("never mind, I don't want to queue", "nah, I don't want to book anymore"); going
 * to another bank instead ("算了不排了，我换家银行") is still frustration, and a cancel of a booking does not end a
 * transfer.
 */
import { describe, expect, it } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { Chat } from './testing/transactions_test_kit.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

const CANCELLED: Record<Locale, RegExp> = { 'zh-CN': /已为您取消/, en: /cancelled that/ };

const CASES: [Locale, string, string][] = [
  ['zh-CN', '我想取个号', '算了不排了'],
  ['zh-CN', '我想取个号', '不排了，谢谢'],
  ['zh-CN', '我想预约', '算了不约了'],
  ['zh-CN', '我想预约', '那就先不约了吧'],
  ['en', 'i want a queue ticket', "never mind, I don't want to queue"],
  ['en', 'i want a queue ticket', 'forget the ticket'],
  ['en', 'i want to book an appointment', "nah, I don't want to book anymore"],
];

describe('a calm cancel of a queue ticket or a booking', () => {
  const kit = useTransactionsServer(
    { redis: false, features: [handoffForTests()], otp: { resendCooldownMs: 0 } },
    180_000,
  );

  it.each(CASES)('%s: "%s" then "%s" cancels calmly, no person', async (locale, start, cancel) => {
    const chat = await Chat.open(kit(), 'app', locale);
    expect((await chat.say(start)).kind).toBe('flow');
    const reply = await chat.say(cancel);
    expect(reply.kind).not.toBe('handoff');
    expect(reply.text).toMatch(CANCELLED[locale]);
    chat.close();
  });

  it('zh-CN: going to another bank instead is still frustration', async () => {
    const chat = await Chat.open(kit(), 'app', 'zh-CN');
    await chat.say('我想取个号');
    expect((await chat.say('算了不排了，我换家银行')).kind).toBe('handoff');
    chat.close();
  });

  it('zh-CN: "不约了" during a transfer does not end the transfer', async () => {
    const chat = await Chat.open(kit(), 'app', 'zh-CN');
    await chat.say('我要转账');
    const reply = await chat.say('算了不约了');
    expect(reply.text).not.toMatch(CANCELLED['zh-CN']);
    expect(reply.intent).toBe('transfer_money');
    chat.close();
  });
});
