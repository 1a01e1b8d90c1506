/**
 * At a transfer's read-back of ¥3,000, a correction that names both amounts takes the one meant: "no, 300
 * not 3000", "make it 300 instead of 3000", "send 300 rather than 3000", "not 3000, 300", "3000? no, 300",
 * "300，不是3000", "是300不是3000", "不要转3000了，转300", "3000不对，是300". The English ones were answered "Got it."
 * with the amount still CNY 3,000, and "confirm" sent ¥3,000. Each is read back with ¥300, and "confirm"
 * sends ¥300. Through the real server (trained intent model, Redis), in both locales.
 */
import { describe, expect, it } from 'vitest';
import { accountBalance } from '../flows/testing/account_balance.ts';
import { Chat, cardField as field } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const S = {
  'zh-CN': {
    // 张伟: accounts a1 (**** 1234) and a2; 张三 is a saved payee.
    customer: { phone: '13800000001', pin: '135790', account: 'a1' },
    start: '给张三转3000',
    from: '尾号1234',
    back: '改成3000',
    corrections: [
      '300，不是3000',
      '是300不是3000',
      '不要转3000了，转300',
      '3000不对，是300',
      '不是3000，是300',
    ],
    confirm: '确认',
    amount: '金额',
    three: '¥300.00',
    thousands: '¥3,000.00',
  },
  en: {
    // John Smith: one account a6 (**** 2468); Alice Chen is a saved payee.
    customer: { phone: '13800000004', pin: '864200', account: 'a6' },
    start: 'transfer 3000 to Alice Chen',
    from: null,
    back: 'make it 3000',
    corrections: [
      'no, 300 not 3000',
      'make it 300 instead of 3000',
      'send 300 rather than 3000',
      'not 3000, 300',
      '3000? no, 300',
    ],
    confirm: 'confirm',
    amount: 'Amount',
    three: 'CNY 300.00',
    thousands: 'CNY 3,000.00',
  },
} as const;

describe.skipIf(!available)('an amount correction that names the wrong amount too', () => {
  const kit = useTransactionsServer({ otp: { resendCooldownMs: 0 } });
  const balance = (id: string): Promise<number | undefined> => accountBalance(kit(), id);

  it.each(['zh-CN', 'en'] as const)(
    '%s: each is read back with ¥300, and confirm sends ¥300',
    async (locale: Locale) => {
      const s = S[locale];
      const chat = await Chat.open(kit(), 'app', locale);
      await chat.say(s.start);
      let readBack = await chat.verify(s.customer.phone, s.customer.pin);
      if (s.from) readBack = await chat.say(s.from);
      expect(field(readBack, s.amount), readBack.text).toBe(s.thousands);

      for (const correction of s.corrections) {
        const corrected = await chat.say(correction);
        expect(corrected.card?.type, `${correction} -> ${corrected.text}`).toBe('confirm');
        expect(field(corrected, s.amount), `${correction} -> ${corrected.text}`).toBe(s.three);
        expect(corrected.text).toContain(s.three);
        const again = await chat.say(s.back);
        expect(field(again, s.amount), `${s.back} -> ${again.text}`).toBe(s.thousands);
      }

      const last = await chat.say(s.corrections[0]);
      expect(field(last, s.amount)).toBe(s.three);
      const before = await balance(s.customer.account);
      const receipt = await chat.say(s.confirm);
      expect(receipt.card?.type, receipt.text).toBe('receipt');
      expect(field(receipt, s.amount)).toBe(s.three);
      expect(await balance(s.customer.account)).toBe((before ?? 0) - 30_000);
      chat.close();
    },
  );
});
