/**
 * In the lost-card flow the assistant first asks for the registered phone number; a customer who answers
 * with the card's tail ("尾号6060", "the one ending 6060") used to get the phone question again as if nothing
 * had been said. The tail is kept for the flow and said back, with why verification comes first; once
 * verified, the read-back is for that card without asking which. A lobby kiosk says it back without the
 * digits. Through the real server (sandbox customer 李娜 has cards ending 4321 and 6060).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { say } from '../flows/flow_messages.ts';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const ROWS: Array<[Locale, string, string, string]> = [
  ['zh-CN', '我卡丢了', '尾号6060', '好的，尾号6060的卡。挂失前需要先验证身份：'],
  [
    'en',
    'I lost my card',
    'the one ending 6060',
    "Got it, the card ending 6060. First I need to verify it's you: ",
  ],
];

describe.skipIf(!available)("the card's tail given while the phone number is asked", () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  it.each(ROWS)('%s "%s", then "%s": said back and kept', async (locale, start, tail, noted) => {
    const chat = await Chat.open(kit, 'app', locale);
    expect((await chat.say(start)).card?.type).toBe('verify');
    const reply = await chat.say(tail);
    expect(reply.text).toBe(`${noted}${say('askPhone', locale)}`);
    expect(reply.card?.type).toBe('verify');
    const readBack = await chat.verify('13800000002');
    expect(readBack.card?.type).toBe('confirm');
    expect(readBack.card?.fields.some((f) => f.value.endsWith('**** 6060'))).toBe(true);
    chat.close();
  });

  it('a kiosk says it back without the digits', async () => {
    const chat = await Chat.open(kit, 'kiosk', 'zh-CN');
    await chat.say('我卡丢了');
    const reply = await chat.say('尾号6060');
    expect(reply.text).toBe(`好的，记下了。挂失前需要先验证身份：${say('askPhone', 'zh-CN')}`);
    expect(reply.speech).not.toMatch(/\d/);
    chat.close();
  });
});
