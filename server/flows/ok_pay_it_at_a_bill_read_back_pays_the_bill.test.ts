/**
 * "好的 交吧" / "ok pay it" at a bill payment's read-back: it was "抱歉，我没有听明白" (in English, the
 * bill-payment article) and the bill was not paid. It is now a yes, as "确认" / "confirm" is. Through the real
 * server, both languages.
 */
import { describe, expect, it } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { Chat } from './testing/transactions_test_kit.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

// The bill named (or the one bill due), read back once the account to pay from is known.
const S = {
  'zh-CN': {
    customer: { phone: '13800000001', pin: '135790' },
    start: '交水费',
    from: '尾号1234',
    payIt: '好的 交吧',
    paid: /缴费成功/,
  },
  en: {
    customer: { phone: '13800000004', pin: '864200' },
    start: 'I want to pay a bill',
    from: undefined,
    payIt: 'ok pay it',
    paid: /^Paid!/,
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe('"ok pay it" at a bill read-back', () => {
  const kit = useTransactionsServer(
    { redis: false, features: [handoffForTests()], otp: { resendCooldownMs: 0 } },
    180_000,
  );

  it.each(LOCALES)('%s: the bill is paid', async (locale) => {
    const s = S[locale];
    const chat = await Chat.open(kit(), 'app', locale);
    await chat.say(s.start);
    let readBack = await chat.verify(s.customer.phone, s.customer.pin);
    if (s.from) readBack = await chat.say(s.from);
    expect(readBack.card?.type, readBack.text).toBe('confirm');
    const reply = await chat.say(s.payIt);
    expect(reply.card?.type, reply.text).toBe('receipt');
    expect(reply.text).toMatch(s.paid);
    chat.close();
  });
});
