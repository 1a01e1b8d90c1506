/**
 * "给李娜转3000" from 王芳, whose only account (II类, ending 9090) holds ¥1,200: the transfer was read back and
 * confirmed, and only then refused with "余额不足". Through the real server (trained intent model, real
 * sockets and Redis): once she is verified, the amount over the balance of the account it would come from
 * is said before any read-back, with the balance available and the account's tail only, and another amount
 * (or another account, when one has enough) is asked for; the flow stays open and a new amount goes on to
 * the read-back and the transfer as usual. Both locales.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../banking/money.ts';
import type { RedisCoreBanking } from '../banking/redis_core_banking.ts';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

/** 王芳: one II类 e-account ending 9090 with ¥1,200; 李娜 is a saved payee. */
const WANG_FANG = { phone: '13800000003', pin: '975310' };
/** 张伟: I类 ending 1234 (¥52,300) and II类 ending 5678 (¥3,000); 李娜 is a saved payee. */
const ZHANG_WEI = { phone: '13800000001', pin: '135790' };

const SEND: Record<Locale, string> = { 'zh-CN': '给李娜转3000', en: 'send 3000 to Li Na' };
/** What is said of 9090 (its balance goes down as the tests send money from it). */
const SHORT = (locale: Locale, balance: number): string =>
  locale === 'zh-CN'
    ? `尾号9090的II类电子账户可用余额为${formatMoney(balance, locale)}，不够支付¥3,000.00。`
    : `Your Class II e-account ending 9090 has ${formatMoney(balance, locale)} available, not enough for CNY 3,000.00.`;
const NEW_AMOUNT: Record<Locale, string> = {
  'zh-CN': '请告诉我新的金额，或说“取消”。',
  en: 'Please tell me a new amount, or say "cancel".',
};
const DONE: Record<Locale, RegExp> = {
  'zh-CN': /转账成功！已向李娜转账¥100\.00/,
  // The payee as the English customer named them (payee_name.ts).
  en: /Done! I sent CNY 100\.00 to Li Na/,
};

describe.skipIf(!available)('a transfer over the balance, said before the read-back', () => {
  let kit: TransactionsServer;
  const balance = async (account: string): Promise<number | undefined> =>
    (await (kit.feature.core as RedisCoreBanking).allBalances()).get(account);

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  it.each(['zh-CN', 'en'] as const)(
    '%s: the balance is said, and a new amount goes ahead',
    async (locale) => {
      const chat = await Chat.open(kit, 'app', locale);
      const first = await chat.say(SEND[locale]);
      // Nothing about the account before verification.
      expect(first.text).not.toMatch(/9090|1,200/);
      const before = await balance('a5');
      const asked = await chat.verify(WANG_FANG.phone, WANG_FANG.pin);
      expect(asked.text).toContain(SHORT(locale, before!));
      expect(asked.text).toContain(NEW_AMOUNT[locale]);
      expect(asked.text).not.toContain('6236880000000039090');
      expect(asked.card?.type).not.toBe('confirm');
      expect(await balance('a5')).toBe(before);
      // The flow is still open: a smaller amount is read back, then sent.
      const readBack = await chat.say('100');
      expect(readBack.card?.type).toBe('confirm');
      expect(readBack.card?.fields.map((f) => f.value)).toContain(
        locale === 'zh-CN' ? '¥100.00' : 'CNY 100.00',
      );
      const done = await chat.say(locale === 'zh-CN' ? '确认' : 'confirm');
      expect(done.text).toMatch(DONE[locale]);
      expect(await balance('a5')).toBe(before! - 10_000);
      chat.close();
    },
  );

  it.each(['zh-CN', 'en'] as const)('%s kiosk: said without figures', async (locale) => {
    const chat = await Chat.open(kit, 'kiosk', locale);
    await chat.say(SEND[locale]);
    const asked = await chat.verify(WANG_FANG.phone, WANG_FANG.pin);
    expect(asked.card?.type).not.toBe('confirm');
    expect(asked.text).toContain(NEW_AMOUNT[locale]);
    expect(asked.text).not.toMatch(/\d/);
    chat.close();
  });

  it.each(['zh-CN', 'en'] as const)('%s: another account that has enough is offered', async (locale) => {
    const chat = await Chat.open(kit, 'app', locale);
    await chat.say(locale === 'zh-CN' ? '从尾号5678给李娜转5000' : 'send 5000 to Li Na from ending 5678');
    const asked = await chat.verify(ZHANG_WEI.phone, ZHANG_WEI.pin);
    expect(asked.text).toContain(locale === 'zh-CN' ? '尾号5678' : 'ending 5678');
    expect(asked.text).toContain(locale === 'zh-CN' ? '¥3,000.00' : 'CNY 3,000.00');
    expect(asked.card?.type).not.toBe('confirm');
    expect(asked.quickReplies).toHaveLength(1);
    const readBack = await chat.say(asked.quickReplies[0]!.text);
    expect(readBack.card?.type).toBe('confirm');
    expect(readBack.card?.fields.map((f) => f.value).join()).toContain('1234');
    chat.close();
  });
});
