/**
 * "好的" / "ok" while the assistant asks for the registered phone number is an acknowledgement: the
 * assistant asks for the number again, without "抱歉，我没有听明白" / "Sorry, I didn't catch that", which
 * told a customer who had understood that they had not been understood. Through the real server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { say } from '../flows/flow_messages.ts';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const ROWS: Array<[Locale, string, string]> = [
  ['zh-CN', '我卡丢了', '好的'],
  ['zh-CN', '我要交电费', '好的'],
  ['zh-CN', '给张三转500', '嗯嗯，明白了'],
  ['en', 'I lost my card', 'ok'],
  ['en', 'transfer 200 to John', 'got it'],
];

describe.skipIf(!available)('an acknowledgement while the phone number is asked', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer();
  });
  afterAll(() => kit.close());

  it.each(ROWS)('%s after "%s", "%s" gets the question again, no apology', async (locale, start, text) => {
    const chat = await Chat.open(kit, 'app', locale);
    expect((await chat.say(start)).card?.type).toBe('verify');
    const reply = await chat.say(text);
    expect(reply.kind).toBe('flow');
    expect(reply.text).not.toContain(say('notUnderstood', locale));
    expect(reply.text).toBe(say('askPhone', locale));
    expect(reply.source).toBeNull();
    expect(reply.card?.type).toBe('verify');
    chat.close();
  });
});
