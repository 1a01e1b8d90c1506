/**
 * With no flow running, "那转4000吧", "那就转4000吧", "好吧转4000", "ok thanks, send 4000" were answered "再见" /
 * "out of scope" / "you're welcome": the intent model hears "那…吧" as a goodbye ("那就这样吧"), "好吧…" as nothing,
 * "ok thanks, …" as thanks. Each starts a transfer carrying the amount: verification first, then the payee is
 * asked and the transfer read back with that amount. Said with a payee ("转4000给张三"), the payee is carried
 * too. A plain goodbye still ends the conversation, and a question about a transfer starts none. Through the
 * real server (trained models, flows, handoff, Redis), in both locales.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Chat,
  transactionsServer,
  type TransactionsServer,
  cardField as field,
} from '../flows/testing/transactions_test_kit.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale, Reply } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const S = {
  'zh-CN': {
    // 张伟: accounts a1 (**** 1234) and a2; 张三 is a saved payee.
    customer: { phone: '13800000001', pin: '135790' },
    amountOnly: ['那转4000吧', '那就转4000吧', '好吧转4000', '那就这样吧，转4000'],
    withPayee: ['转4000给张三', '那给张三转4000吧'],
    payee: '张三',
    from: '尾号1234',
    labels: { amount: '金额', payee: '收款人' },
    amount: '¥4,000.00',
    payeeShown: '张三 **** 7788',
    goodbye: ['那就这样吧，再见', '再见'],
    farewell: /再见/,
    question: '转4000要多久到账',
  },
  en: {
    // John Smith: one account a6 (**** 2468); Alice Chen is a saved payee.
    customer: { phone: '13800000004', pin: '864200' },
    amountOnly: ['ok thanks, send 4000', 'ok then send 4000', 'fine, send 4000 then'],
    withPayee: ['ok then send 4000 to Alice Chen', 'thanks, transfer 4000 to Alice Chen'],
    payee: 'Alice Chen',
    from: null,
    labels: { amount: 'Amount', payee: 'Payee' },
    amount: 'CNY 4,000.00',
    payeeShown: 'Alice Chen **** 1357',
    goodbye: ['ok thanks, bye', 'goodbye'],
    farewell: /goodbye/i,
    question: 'how long does it take to send 4000?',
  },
} as const;

describe.skipIf(!available)('a transfer asked for like a goodbye, with no flow running', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 }, features: [handoffForTests()] });
  });
  afterAll(() => kit.close());

  /** Starts with `text`; expects verification first; returns the reply after verifying. */
  const started = async (locale: Locale, text: string): Promise<{ chat: Chat; after: Reply }> => {
    const s = S[locale];
    const chat = await Chat.open(kit, 'app', locale);
    const first = await chat.say(text);
    expect(first.kind, `${text} -> ${first.text}`).toBe('flow');
    expect(first.intent, `${text} -> ${first.text}`).toBe('transfer_money');
    expect(first.card?.type, `${text} -> ${first.text}`).toBe('verify');
    expect(first.text).not.toMatch(s.farewell);
    return { chat, after: await chat.verify(s.customer.phone, s.customer.pin) };
  };

  it.each(['zh-CN', 'en'] as const)(
    '%s: an amount alone starts the transfer; the payee is asked, and the amount is read back',
    async (locale: Locale) => {
      const s = S[locale];
      for (const text of s.amountOnly) {
        const { chat, after } = await started(locale, text);
        expect(after.card?.type, `${text}: ${after.text}`).not.toBe('confirm');
        let readBack = await chat.say(s.payee);
        if (s.from) readBack = await chat.say(s.from);
        expect(readBack.card?.type, `${text}: ${readBack.text}`).toBe('confirm');
        expect(field(readBack, s.labels.amount), text).toBe(s.amount);
        expect(field(readBack, s.labels.payee), text).toBe(s.payeeShown);
        chat.close();
      }
    },
  );

  it.each(['zh-CN', 'en'] as const)(
    '%s: with a payee named, both are carried to the read-back',
    async (locale: Locale) => {
      const s = S[locale];
      for (const text of s.withPayee) {
        const { chat, after } = await started(locale, text);
        const readBack = s.from ? await chat.say(s.from) : after;
        expect(readBack.card?.type, `${text}: ${readBack.text}`).toBe('confirm');
        expect(field(readBack, s.labels.amount), text).toBe(s.amount);
        expect(field(readBack, s.labels.payee), text).toBe(s.payeeShown);
        chat.close();
      }
    },
  );

  it.each(['zh-CN', 'en'] as const)(
    '%s: a goodbye is still a goodbye, and a question starts no transfer',
    async (locale: Locale) => {
      const s = S[locale];
      for (const text of s.goodbye) {
        const chat = await Chat.open(kit, 'app', locale);
        const reply = await chat.say(text);
        expect(reply.text, text).toMatch(s.farewell);
        expect(reply.card?.type, text).not.toBe('verify');
        chat.close();
      }
      const chat = await Chat.open(kit, 'app', locale);
      const answer = await chat.say(s.question);
      expect(answer.kind, `${s.question} -> ${answer.text}`).not.toBe('flow');
      chat.close();
    },
  );
});
