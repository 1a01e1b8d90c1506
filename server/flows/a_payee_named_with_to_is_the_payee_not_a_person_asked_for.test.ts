/**
 * "to Bob" when the transfer asks "Who would you like to send money to?": the intent model heard an ask for a
 * person, so a new payee named with "to" went to a handoff, while a bare "Bob" was taken. Now Bob is the payee
 * (his account number is asked next, and the read-back names him). "to an agent" / "to a person" / "转人工"
 * still reach a person; "给李四" is taken as the payee in Chinese.
 * Through the real server (trained intent model, sandbox core), both languages.
 */
import { describe, expect, it } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { Chat, cardField } from './testing/transactions_test_kit.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

const S = {
  'zh-CN': {
    customer: ['13800000001', '135790'],
    request: '我要转账',
    payee: '给李四',
    named: /^李四 /,
    person: ['转人工'],
    from: '尾号1234',
    label: '收款人',
  },
  en: {
    customer: ['13800000004', '864200'],
    request: 'I want to transfer money',
    payee: 'to Bob',
    named: /^Bob /,
    person: ['to an agent', 'to a person'],
    from: '2468',
    label: 'Payee',
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe('a payee named with "to" when asked who the money is for', () => {
  const kit = useTransactionsServer(
    { redis: false, features: [handoffForTests()], otp: { resendCooldownMs: 0 } },
    180_000,
  );

  async function atPayeeQuestion(locale: Locale): Promise<Chat> {
    const s = S[locale];
    const chat = await Chat.open(kit(), 'app', locale);
    await chat.say(s.request);
    const verified = await chat.verify(s.customer[0], s.customer[1]);
    expect(verified.text).toMatch(/转给谁|send money to/);
    return chat;
  }

  it.each(LOCALES)('%s: is the payee, read back by name', async (locale) => {
    const s = S[locale];
    const chat = await atPayeeQuestion(locale);
    const asked = await chat.say(s.payee);
    expect(asked.kind, asked.text).toBe('flow');
    expect(asked.text).toMatch(/账号|account number/);
    await chat.say('6222020200001234567');
    let reply = await chat.say('100');
    if (reply.card?.type !== 'confirm') reply = await chat.say(s.from);
    expect(reply.card?.type, reply.text).toBe('confirm');
    expect(cardField(reply, s.label)).toMatch(s.named);
    chat.close();
  });

  it.each(LOCALES)('%s: someone at the bank asked for still reaches a person', async (locale) => {
    for (const ask of S[locale].person) {
      const chat = await atPayeeQuestion(locale);
      const reply = await chat.say(ask);
      expect(reply.kind, `${ask}: ${reply.text}`).toBe('handoff');
      chat.close();
    }
  });
});
