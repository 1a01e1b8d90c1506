/**
 * "要交多少钱" / "how much is it?" while paying a bill: the intent model heard a balance check, the bill payment
 * was set aside, the account balances were shown, and the PIN box the customer was about to fill in went away
 * (the PIN then typed was refused). Now the amount due on that bill is said and the PIN is asked for again;
 * before the customer is known, that the amount comes once verified. "卡里还有多少钱" / "what's my balance" is
 * still the balance check. Through the real server (trained intent model, sandbox core), both languages.
 */
import { describe, expect, it } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { Chat } from './testing/transactions_test_kit.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

const S = {
  'zh-CN': {
    customer: { phone: '13800000001', pin: '135790' },
    pay: '交电费',
    asks: ['要交多少钱', '电费多少钱？'],
    due: '国网电费待缴¥236.50。',
    later: '验证身份后我会告诉您待缴金额。',
    balance: '卡里还有多少钱',
  },
  en: {
    customer: { phone: '13800000004', pin: '864200' },
    pay: 'pay my broadband bill',
    asks: ['how much is it?', 'how much do I owe?'],
    due: 'Your Broadband bill is CNY 99.00.',
    later: "I'll tell you the amount due as soon as you're verified.",
    balance: "what's my balance",
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe('how much, asked while paying a bill', () => {
  const kit = useTransactionsServer(
    {
      redis: false,
      features: [handoffForTests()],
      otp: { resendCooldownMs: 0 },
    },
    180_000,
  );

  async function untilPin(locale: Locale): Promise<Chat> {
    const s = S[locale];
    const chat = await Chat.open(kit(), 'app', locale);
    await chat.say(s.pay);
    await chat.say(s.customer.phone);
    const otp = await chat.submit('otp', await chat.latestCode(s.customer.phone.slice(-4)));
    expect(otp.reply?.card?.verify?.method).toBe('pin');
    return chat;
  }

  it.each(LOCALES)('%s: the amount due, and the PIN box again', async (locale) => {
    const s = S[locale];
    const chat = await untilPin(locale);
    for (const ask of s.asks) {
      const reply = await chat.say(ask);
      expect(reply.text, ask).toContain(s.due);
      expect(reply.card?.type).not.toBe('balance');
      expect(reply.card?.verify?.method, reply.text).toBe('pin');
    }
    const pin = await chat.submit('pin', s.customer.pin);
    expect(pin.error).toBeUndefined();
    expect(pin.reply?.intent).toBe('pay_bill');
    chat.close();
  });

  it.each(LOCALES)('%s: before verifying, that it comes once verified', async (locale) => {
    const s = S[locale];
    const chat = await Chat.open(kit(), 'app', locale);
    await chat.say(s.pay);
    const reply = await chat.say(s.asks[0]);
    expect(reply.text).toContain(s.later);
    expect(reply.intent).toBe('pay_bill');
    chat.close();
  });

  it.each(LOCALES)('%s: the balance asked in words is still the balance', async (locale) => {
    const s = S[locale];
    const chat = await untilPin(locale);
    const reply = await chat.say(s.balance);
    expect(reply.card?.type, reply.text).toBe('balance');
    chat.close();
  });

  it('zh-CN: a bill the customer does not have: said once verified, and the PIN box stays', async () => {
    const chat = await Chat.open(kit(), 'app', 'zh-CN');
    await chat.say('交电费');
    await chat.say('13800000002');
    const otp = await chat.submit('otp', await chat.latestCode('0002'));
    expect(otp.reply?.card?.verify?.method).toBe('pin');
    const reply = await chat.say('要交多少钱');
    expect(reply.card?.type).not.toBe('balance');
    expect(reply.text).toContain(S['zh-CN'].later);
    expect(reply.card?.verify?.method, reply.text).toBe('pin');
    chat.close();
  });
});
