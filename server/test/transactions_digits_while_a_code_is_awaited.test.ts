/**
 * A few digits typed into the chat while the code box is open ("123") used to start a transfer: the intent
 * model reads a bare number as one. Digits alone while a code is awaited are a code typed in the wrong place:
 * the customer is told to use the box and the running flow (a balance check here) goes on. Through the real
 * server (trained models, Redis).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const START: Record<Locale, string> = { 'zh-CN': '查余额', en: 'check my balance' };
const USE_THE_BOX: Record<Locale, string> = { 'zh-CN': '请在验证框中输入', en: 'enter them in the box' };

describe.skipIf(!available)('digits in the chat while a code is awaited', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  it.each([
    ['zh-CN', '123'],
    ['en', '123'],
    ['en', '1357'],
  ] as const)('%s "%s": told to use the box, still the balance check', async (locale, digits) => {
    const chat = await Chat.open(kit, 'app', locale);
    await chat.say(START[locale]);
    const asked = await chat.say('13800000003');
    expect(asked.card?.verify?.method).toBe('otp');
    const reply = await chat.say(digits);
    expect(reply.intent).toBe('check_balance');
    expect(reply.text).toContain(USE_THE_BOX[locale]);
    expect(reply.card?.verify?.method).toBe('otp');
    chat.close();
  });
});
