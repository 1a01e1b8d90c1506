/**
 * A number alone as a message, with no flow running: en "123" started a transfer (the intent model heard one)
 * and zh "1" got the deposit-rate article. Now it is asked what it is for, with the main services as quick
 * replies, which start their flows; chat words written as numbers ("88", bye) are still read as words. Through
 * the real server (trained intent model, knowledge base), in both locales.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const S = {
  'zh-CN': {
    // "那4000吧" / "好吧，500": only a lead-in before the number (it got the fallback).
    numbers: ['1', '123', '4000', '13800000002', '那4000吧', '好吧，500'],
    asked: '请问这个数字是要办理什么业务？',
    transfer: '我要转账',
  },
  en: {
    // "ok then, 4000": only a lead-in before the number (it got the out-of-scope reply).
    numbers: ['123', '1', '4000', 'ok then, 4000', 'so 300'],
    asked: 'What would you like to do with that number?',
    transfer: 'transfer money',
  },
} as const;

describe.skipIf(!available)('a bare number outside a flow', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  it.each(['zh-CN', 'en'] as const)(
    '%s: no flow, no article; the quick replies start a flow',
    async (locale: Locale) => {
      const s = S[locale];
      const chat = await Chat.open(kit, 'app', locale);
      for (const n of s.numbers) {
        const r = await chat.say(n);
        expect(r.text, n).toContain(s.asked);
        expect(r.kind, n).not.toBe('flow');
        expect(r.card, n).toBeFalsy();
        expect(r.source, n).toBeFalsy();
        expect(r.quickReplies.map((q) => q.text)).toContain(s.transfer);
      }
      const flow = await chat.say(s.transfer);
      expect(flow.kind, flow.text).toBe('flow');
      expect(flow.card?.type).toBe('verify');
      chat.close();
    },
  );

  it('zh-CN: "88" is still a goodbye', async () => {
    const chat = await Chat.open(kit, 'app', 'zh-CN');
    const r = await chat.say('88');
    expect(r.intent).toBe('goodbye');
    chat.close();
  });
});
