/**
 * "那转4000吧" during a transfer was answered "转账没有办理…祝您生活愉快，再见！": the intent model hears "那…吧" as
 * a goodbye ("那就这样吧"), and the flow ended. A message heard as a goodbye that gives the flow a detail (an
 * amount, a payee, an account) without a goodbye's own words is that detail: the same transfer with the new
 * amount, payee and account kept, read back. "再见" / "bye" still end it. Through the real server (trained
 * intent model, Redis), in both locales.
 */
import { describe, expect, it } from 'vitest';
import { Chat, cardField as field } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const S = {
  'zh-CN': {
    customer: { phone: '13800000001', pin: '135790' },
    start: '给张三转3000',
    early: '那转4000吧',
    from: '尾号1234',
    later: [
      ['那就转5000吧', '¥5,000.00'],
      ['那还是转4000吧', '¥4,000.00'],
      ['转300好了', '¥300.00'],
      ['那转4000吧', '¥4,000.00'],
    ],
    first: '¥4,000.00',
    labels: { amount: '金额', payee: '收款人', from: '付款账户' },
    payee: '张三 **** 7788',
    account: '**** 1234',
    leaving: '再见',
    left: '转账没有办理',
  },
  en: {
    customer: { phone: '13800000004', pin: '864200' },
    start: 'transfer 3000 to Alice Chen',
    early: 'ok then send 4000',
    from: null,
    later: [
      ['ok then send 5000', 'CNY 5,000.00'],
      ['fine, send 300 then', 'CNY 300.00'],
    ],
    first: 'CNY 4,000.00',
    labels: { amount: 'Amount', payee: 'Payee', from: 'From' },
    payee: 'Alice Chen **** 1357',
    account: '**** 2468',
    leaving: 'bye',
    left: 'I have not gone ahead with',
  },
} as const;

describe.skipIf(!available)('a new amount that sounds like a goodbye', () => {
  const kit = useTransactionsServer({ otp: { resendCooldownMs: 0 } });

  it.each(['zh-CN', 'en'] as const)(
    '%s: the same transfer is read back with it; a goodbye still ends it',
    async (locale: Locale) => {
      const s = S[locale];
      const chat = await Chat.open(kit(), 'app', locale);
      await chat.say(s.start);
      const early = await chat.say(s.early);
      expect(early.text).not.toContain(s.left);
      expect(early.card?.type, early.text).toBe('verify');

      let readBack = await chat.verify(s.customer.phone, s.customer.pin);
      if (s.from) readBack = await chat.say(s.from);
      expect(field(readBack, s.labels.amount), readBack.text).toBe(s.first);

      for (const [said, amount] of s.later) {
        const again = await chat.say(said);
        expect(again.text, said).not.toContain(s.left);
        expect(again.card?.type, `${said} -> ${again.text}`).toBe('confirm');
        expect(field(again, s.labels.amount), said).toBe(amount);
        expect(field(again, s.labels.payee)).toBe(s.payee);
        expect(field(again, s.labels.from)).toContain(s.account);
      }

      const bye = await chat.say(s.leaving);
      expect(bye.text).toContain(s.left);
      expect(bye.card).toBeFalsy();
      chat.close();
    },
  );
});
