/**
 * A ¥8,000 transfer to a new payee is held (a large amount to a new payee). A smaller amount right after
 * ("那转4000吧", or just "4000") is the same transfer to the same new payee: it goes through the risk checks
 * again, is read back with the "new payee" note, and nothing moves until the customer confirms. Through the
 * real server (trained intent model, Redis), in both locales.
 */
import { describe, expect, it } from 'vitest';
import { accountBalance } from '../flows/testing/account_balance.ts';
import { Chat, cardField as field } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

/** 李娜: a3 (**** 4321) and a4 (**** 6060). */
const LI_NA = { phone: '13800000002', pin: '246802', account: 'a3' };

const S = {
  'zh-CN': {
    start: '转8000到6222020000000099999',
    name: '王小明',
    from: '尾号4321',
    lower: '那转4000吧',
    labels: { payee: '收款人', note: '提示', amount: '金额' },
    payee: '王小明 **** 9999',
    note: '新收款人',
    amount: '¥4,000.00',
    confirm: '确认',
  },
  en: {
    start: 'transfer 8000 to 6222020000000088888',
    name: 'Wang Xiaoming',
    from: 'ending 4321',
    lower: '4000',
    labels: { payee: 'Payee', note: 'Note', amount: 'Amount' },
    payee: 'Wang Xiaoming **** 8888',
    note: 'New payee',
    amount: 'CNY 4,000.00',
    confirm: 'confirm',
  },
} as const;

describe.skipIf(!available)('a new amount after a new-payee hold', () => {
  const kit = useTransactionsServer({ otp: { resendCooldownMs: 0 } });
  const balance = (id: string): Promise<number | undefined> => accountBalance(kit(), id);

  it.each(['zh-CN', 'en'] as const)(
    '%s: read back with the new-payee note; nothing moves before confirm',
    async (locale: Locale) => {
      const s = S[locale];
      const chat = await Chat.open(kit(), 'app', locale);
      await chat.say(s.start);
      await chat.verify(LI_NA.phone, LI_NA.pin);
      await chat.say(s.name);
      const before = await balance(LI_NA.account);
      const held = await chat.say(s.from);
      expect(held.card?.type, held.text).toBe('warning');

      const readBack = await chat.say(s.lower);
      expect(readBack.card?.type, readBack.text).toBe('confirm');
      expect(field(readBack, s.labels.payee)).toBe(s.payee);
      expect(field(readBack, s.labels.note)).toBe(s.note);
      expect(field(readBack, s.labels.amount)).toBe(s.amount);
      expect(await balance(LI_NA.account)).toBe(before);

      const receipt = await chat.say(s.confirm);
      expect(receipt.card?.type, receipt.text).toBe('receipt');
      expect(await balance(LI_NA.account)).toBe((before ?? 0) - 400_000);
      chat.close();
    },
  );
});
