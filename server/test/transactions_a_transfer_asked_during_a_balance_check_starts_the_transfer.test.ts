/**
 * "那转4000吧" / "ok then send 4000" while a balance check or a branch booking waited for the customer's phone
 * number: the balance check read 4000 as an account's last four digits ("好的，尾号4000") and went on asking
 * for the phone; the booking heard a goodbye and ended. The customer asked to send 4000: the transfer starts,
 * verification first, and the amount is read back after it. A goodbye said during the balance check still
 * ends it. Through the real server (trained models, flows, handoff, Redis), in both locales.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Chat,
  transactionsServer,
  type TransactionsServer,
  cardField as field,
} from '../flows/testing/transactions_test_kit.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const S = {
  'zh-CN': {
    // 张伟: accounts a1 (**** 1234) and a2; 张三 is a saved payee.
    customer: { phone: '13800000001', pin: '135790' },
    running: ['查一下余额', '帮我约个网点'],
    send: ['那转4000吧', '那就转4000吧'],
    payee: '张三',
    from: '尾号1234',
    amountLabel: '金额',
    amount: '¥4,000.00',
    tailSaid: /尾号4000/,
    goodbye: '那就这样吧，再见',
    farewell: /再见/,
  },
  en: {
    // John Smith: one account a6 (**** 2468); Alice Chen is a saved payee.
    customer: { phone: '13800000004', pin: '864200' },
    running: ['check my balance', 'I want to book a branch appointment'],
    send: ['ok then send 4000', 'fine, transfer 4000 then'],
    payee: 'Alice Chen',
    from: null,
    amountLabel: 'Amount',
    amount: 'CNY 4,000.00',
    tailSaid: /ending 4000/i,
    goodbye: 'ok thanks, bye',
    farewell: /goodbye/i,
  },
} as const;

describe.skipIf(!available)('a transfer asked for while another flow waits for verification', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 }, features: [handoffForTests()] });
  });
  afterAll(() => kit.close());

  it.each(['zh-CN', 'en'] as const)(
    '%s: the transfer starts with that amount, and the amount is read back after verification',
    async (locale: Locale) => {
      const s = S[locale];
      for (const running of s.running) {
        for (const text of s.send) {
          const chat = await Chat.open(kit, 'app', locale);
          const opened = await chat.say(running);
          expect(opened.kind, `${running} -> ${opened.text}`).toBe('flow');
          expect(opened.intent, running).not.toBe('transfer_money');
          const switched = await chat.say(text);
          const seen = `${running} / ${text} -> ${switched.text}`;
          expect(switched.intent, seen).toBe('transfer_money');
          expect(switched.card?.type, seen).toBe('verify');
          expect(switched.text, seen).not.toMatch(s.tailSaid);
          expect(switched.text, seen).not.toMatch(s.farewell);
          await chat.verify(s.customer.phone, s.customer.pin);
          let readBack = await chat.say(s.payee);
          if (s.from) readBack = await chat.say(s.from);
          expect(readBack.card?.type, `${seen} / ${readBack.text}`).toBe('confirm');
          expect(field(readBack, s.amountLabel), seen).toBe(s.amount);
          chat.close();
        }
      }
    },
  );

  it.each(['zh-CN', 'en'] as const)(
    '%s: a goodbye during the balance check still ends it',
    async (locale: Locale) => {
      const s = S[locale];
      const chat = await Chat.open(kit, 'app', locale);
      await chat.say(s.running[0]);
      const reply = await chat.say(s.goodbye);
      expect(reply.text, reply.text).toMatch(s.farewell);
      expect(reply.card?.type, reply.text).not.toBe('verify');
      chat.close();
    },
  );
});
