/**
 * "我要转账", then "我有个问题" / "I want to transfer money", then "I have a question": looked up with the flow's
 * name, the opener got the transfer-fees article (or, while the payee was asked for, was taken as the payee's
 * name). Now the customer is asked what it is about, the transfer kept for after it; the question that follows
 * is answered from its article and the transfer's question comes again. Through the real server (trained
 * models, knowledge base, Redis).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const S = {
  'zh-CN': {
    start: '我要转账',
    openers: ['我有个问题', '问个事'],
    whatAbout: /请问是什么问题/,
    kept: /转账先为您保留着/,
    question: '转账手续费多少',
    phone: '13800000001',
    pin: '135790',
    askPayee: /请问您要转给谁/,
    newPayee: /不在您的常用收款人中/,
  },
  en: {
    start: 'I want to transfer money',
    openers: ['I have a question', 'quick question'],
    whatAbout: /what's it about/,
    kept: /come back to your transfer/,
    question: 'how much is the fee for a transfer',
    phone: '13800000004',
    pin: '864200',
    askPayee: /Who would you like to send money to/,
    newPayee: /not in your saved payees/,
  },
} as const;

describe.skipIf(!available)('a vague opener in the middle of a transfer', () => {
  let kit: TransactionsServer;
  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  it.each(['zh-CN', 'en'] as const)(
    '%s, before verifying: asked what it is about, no article; the transfer goes on',
    async (locale: Locale) => {
      const s = S[locale];
      for (const opener of s.openers) {
        const chat = await Chat.open(kit, 'app', locale);
        expect((await chat.say(s.start)).card?.type).toBe('verify');
        const reply = await chat.say(opener);
        expect(reply.kind, opener).toBe('flow');
        expect(reply.intent).toBe('transfer_money');
        expect(reply.text, opener).toMatch(s.whatAbout);
        expect(reply.text).toMatch(s.kept);
        expect(reply.source).toBeNull();
        // The question itself is answered, and the transfer asks for the phone again.
        const answered = await chat.say(s.question);
        expect(answered.source?.id, answered.text).toBe('transfer_fees');
        expect(answered.card?.type).toBe('verify');
        chat.close();
      }
    },
  );

  it.each(['zh-CN', 'en'] as const)(
    '%s, while the payee is asked for: the opener and the question are no payee',
    async (locale: Locale) => {
      const s = S[locale];
      const chat = await Chat.open(kit, 'app', locale);
      await chat.say(s.start);
      expect((await chat.verify(s.phone, s.pin)).text).toMatch(s.askPayee);
      const reply = await chat.say(s.openers[0]);
      expect(reply.text).toMatch(s.whatAbout);
      expect(reply.text).not.toMatch(s.newPayee);
      const answered = await chat.say(s.question);
      expect(answered.source?.id, answered.text).toBe('transfer_fees');
      expect(answered.text).toMatch(s.askPayee);
      expect(answered.text).not.toMatch(s.newPayee);
      chat.close();
    },
  );
});
