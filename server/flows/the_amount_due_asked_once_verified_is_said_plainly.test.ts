/**
 * "多少钱" / "how much is it?" while paying a bill, once the customer is verified. The amount due was said
 * twice when the flow's question already opened with it ("国网电费待缴¥236.50。国网电费待缴¥236.50。请问从哪个
 * 账户付款？"); a bill with nothing due on it, or a bill the customer does not have, got "I'll tell you the
 * amount due as soon as you're verified" although the customer was verified. Now the amount is said once,
 * a bill with nothing due says so, and a verified customer is never told to verify. Through the real server,
 * both languages.
 */
import { describe, expect, it } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { Chat } from './testing/transactions_test_kit.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

const CUSTOMER = { phone: '13800000001', pin: '135790' };

const S = {
  'zh-CN': {
    ask: '多少钱',
    electricity: '交电费',
    due: '国网电费待缴¥236.50。',
    gas: '交燃气费',
    nothingDue: '燃气费目前没有待缴金额。',
    broadband: '交宽带费',
    later: '验证身份后',
  },
  en: {
    ask: 'how much is it?',
    electricity: 'pay my electricity bill',
    due: 'Your Electricity (State Grid) bill is CNY 236.50.',
    gas: 'pay my gas bill',
    nothingDue: 'Nothing is due on your Gas bill right now.',
    broadband: 'pay my broadband bill',
    later: "as soon as you're verified",
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe('how much, asked once verified while paying a bill', () => {
  const kit = useTransactionsServer(
    { redis: false, features: [handoffForTests()], otp: { resendCooldownMs: 0 } },
    180_000,
  );

  /** The bill payment asked for and the customer verified. */
  async function verifiedPaying(locale: Locale, pay: string): Promise<Chat> {
    const chat = await Chat.open(kit(), 'app', locale);
    await chat.say(pay);
    await chat.verify(CUSTOMER.phone, CUSTOMER.pin);
    return chat;
  }

  const count = (text: string, part: string): number => text.split(part).length - 1;

  it.each(LOCALES)('%s: the amount due is said once', async (locale) => {
    const s = S[locale];
    const chat = await verifiedPaying(locale, s.electricity);
    const reply = await chat.say(s.ask);
    expect(count(reply.text, s.due), reply.text).toBe(1);
    expect(reply.intent).toBe('pay_bill');
    chat.close();
  });

  it.each(LOCALES)('%s: a bill with nothing due says so', async (locale) => {
    const s = S[locale];
    const chat = await verifiedPaying(locale, s.gas);
    const reply = await chat.say(s.ask);
    expect(reply.text).toContain(s.nothingDue);
    expect(reply.text).not.toContain(s.later);
    chat.close();
  });

  it.each(LOCALES)('%s: a bill the customer does not have is not put off until verifying', async (locale) => {
    const s = S[locale];
    const chat = await verifiedPaying(locale, s.broadband);
    const reply = await chat.say(s.ask);
    expect(reply.text).not.toContain(s.later);
    expect(reply.intent).toBe('pay_bill');
    chat.close();
  });
});
