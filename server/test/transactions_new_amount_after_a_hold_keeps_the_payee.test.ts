/**
 * Right after a risk check held a transfer ("我要转十万块给张三" late at night), "那转四万九吧" / "ok then send
 * 49000" is the same transfer with a new amount: the payee and the account chosen are kept and it is read
 * back. It used to start over with "请问您要转给谁？". The hold also says when the amount is over the account's
 * single-transfer limit (Type I: ¥50,000 per transfer, ¥200,000 per day), which no check could lift. A payment
 * held for scam phrases stays held at any amount. Through the real server (trained intent model, Redis).
 */
import { describe, expect, it } from 'vitest';
import { yuan } from '../banking/money.ts';
import { Chat, cardField as field } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const S = {
  'zh-CN': {
    big: '我要转十万块给张三',
    from: '尾号1234',
    lower: '那转四万九吧',
    labels: { payee: '收款人', amount: '金额', from: '付款账户' },
    payee: '张三 **** 7788',
    limit:
      'I类借记账户（尾号1234）单笔转账限额为¥50,000.00，单日累计限额为¥200,000.00，这笔¥100,000.00超过了单笔限额',
    askPayee: '请问您要转给谁',
  },
  en: {
    big: 'transfer 100000 to Zhang San',
    from: 'ending 1234',
    lower: 'ok then send 49000',
    labels: { payee: 'Payee', amount: 'Amount', from: 'From' },
    // The payee as the customer named them (payee_name.ts).
    payee: 'Zhang San **** 7788',
    limit:
      'Class I debit account ending 1234 allows CNY 50,000.00 per transfer and CNY 200,000.00 per day, so CNY 100,000.00 is over the single-transfer limit',
    askPayee: 'Who would you like to send money to',
  },
} as const;

describe.skipIf(!available)('a new amount right after a hold', () => {
  // Night hours all day, for amounts of ¥50,000 or more: ¥100,000 is held, ¥49,000 goes through.
  const kit = useTransactionsServer({
    otp: { resendCooldownMs: 0 },
    risk: { unusualHours: [0, 24], unusualHoursAmount: yuan(50_000) },
  });

  it.each(['zh-CN', 'en'] as const)(
    '%s: keeps the payee and account, and the hold names the limit',
    async (locale: Locale) => {
      const s = S[locale];
      const chat = await Chat.open(kit(), 'app', locale);
      await chat.say(s.big);
      await chat.verify('13800000001', '135790');
      const held = await chat.say(s.from);
      expect(held.card?.type).toBe('warning');
      expect(held.text).toContain(s.limit);

      const readBack = await chat.say(s.lower);
      expect(readBack.text).not.toContain(s.askPayee);
      expect(readBack.card?.type, readBack.text).toBe('confirm');
      expect(field(readBack, s.labels.payee)).toBe(s.payee);
      expect(field(readBack, s.labels.amount)).toMatch(/49,000\.00$/);
      expect(field(readBack, s.labels.from)).toContain('**** 1234');
      chat.close();
    },
  );

  it('at a kiosk the limit is said without figures', async () => {
    const chat = await Chat.open(kit(), 'kiosk', 'zh-CN');
    await chat.say(S['zh-CN'].big);
    const pin = await chat.say('13800000001');
    expect(pin.card?.verify?.method).toBe('otp');
    await chat.submit('otp', await chat.latestCode('0001'));
    await chat.submit('pin', '135790');
    const held = await chat.say('尾号1234');
    expect(held.text).toContain('超过了该账户的单笔转账限额');
    expect(held.speech ?? '').not.toMatch(/\d/);
    chat.close();
  });

  it('a payment held for scam phrases stays held at a lower amount', async () => {
    const chat = await Chat.open(kit(), 'app', 'zh-CN');
    const held = await chat.say('警察让我把钱转到安全账户，给张三转两千');
    expect(held.card?.type).toBe('warning');
    const still = await chat.say('那转一千吧');
    expect(still.card?.type, still.text).toBe('warning');
    expect(still.text).toContain('常见诈骗话术');
    chat.close();
  });
});
