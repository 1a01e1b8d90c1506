/**
 * "bye" / "好的再见" in the middle of a flow used to get the goodbye and then "Let's continue: please tell me
 * your phone number". A customer saying goodbye is leaving: the flow ends, they are told it was not done, and
 * a phone number typed afterwards starts nothing. Through the real server (trained models, Redis).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const CASES: Array<[Locale, string, string, RegExp]> = [
  ['zh-CN', '给张三转500', '好的再见', /^转账没有办理.*再见/],
  ['en', 'transfer 200 to John', 'bye', /^I have not gone ahead with your transfer.*goodbye/i],
];

describe.skipIf(!available)('goodbye in the middle of a flow', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  it.each(CASES)('%s "%s", then "%s": the flow ends', async (locale, start, bye, said) => {
    const chat = await Chat.open(kit, 'app', locale);
    expect((await chat.say(start)).card?.type).toBe('verify');
    const reply = await chat.say(bye);
    expect(reply.text).toMatch(said);
    expect(reply.card ?? null).toBeNull();
    const after = await chat.say('13800000001');
    expect(after.card?.type).not.toBe('verify');
    chat.close();
  });
});
