/**
 * A bank account number given as the payee ("transfer 200 to 6222021234567890123", "给6222021234567890123转200")
 * is the payee's account: the sandbox sends money to any 12-19 digit number (another bank) once the
 * customer names the account holder, and a number that is a saved payee's is that payee. It used to be
 * dropped ("Who would you like to send money to?") and, once a name was given, asked for again. The number
 * is masked (**** 0123) in every reply and in the stored transcript. Through the real server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Locale, Reply } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const NUMBER = '6222021234567890123';
const PAYEE: Record<Locale, string> = { 'zh-CN': '收款人', en: 'Payee' };
const AMOUNT: Record<Locale, string> = { 'zh-CN': '金额', en: 'Amount' };
const WHOSE: Record<Locale, string> = {
  'zh-CN': '账号 **** 0123 不在您的常用收款人中。请告诉我收款人的户名（开户人姓名）。',
  en: 'The account **** 0123 is not one of your saved payees. What is the account holder’s name?',
};

const field = (reply: Reply, label: string): string | undefined =>
  reply.card?.fields.find((f) => f.label === label)?.value;

describe.skipIf(!available)('an account number as the payee', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  it.each([
    ['en', `transfer 200 to ${NUMBER}`, 'Wang Wu'],
    ['en', `transfer to ${NUMBER} 200`, "it's Wang Wu"],
    ['zh-CN', `给${NUMBER}转200`, '户名是王五'],
  ] as const)(
    '%s "%s": asks whose account it is, then reads back the masked number',
    async (locale, text, name) => {
      const chat = await Chat.open(kit, 'app', locale);
      const replies: Reply[] = [await chat.say(text)];
      const whose = await chat.verify('13800000001', '135790');
      replies.push(whose);
      expect(whose.text).toContain(WHOSE[locale]);
      replies.push(await chat.say(name));
      const readBack = await chat.say(locale === 'zh-CN' ? '尾号1234' : 'ending 1234');
      replies.push(readBack);
      expect(readBack.card?.type).toBe('confirm');
      expect(field(readBack, PAYEE[locale])).toBe(`${locale === 'zh-CN' ? '王五' : 'Wang Wu'} **** 0123`);
      expect(field(readBack, AMOUNT[locale])).toMatch(/200\.00$/);
      for (const r of replies) expect(JSON.stringify(r)).not.toContain(NUMBER);

      const transcript = JSON.stringify(await kit.server.store.transcript(chat.sessionId));
      expect(transcript).toContain('0123');
      expect(transcript).not.toContain(NUMBER);
      chat.close();
    },
  );

  it('a number typed when asked for the payee is taken too', async () => {
    const chat = await Chat.open(kit, 'app', 'zh-CN');
    await chat.say('我要转账');
    const who = await chat.verify('13800000001', '135790');
    expect(who.text).toContain('请问您要转给谁');
    expect((await chat.say('6222 0212 3456 7890 123')).text).toBe(WHOSE['zh-CN']);
    expect((await chat.say('王五')).text).toContain('转账金额');
    chat.close();
  });

  it("a saved payee's account number is that payee", async () => {
    const chat = await Chat.open(kit, 'app', 'en');
    await chat.say('transfer 200 to 6222020000000042468');
    await chat.verify('13800000001', '135790');
    const readBack = await chat.say('ending 1234');
    expect(field(readBack, 'Payee')).toBe('John Smith **** 2468');
    chat.close();
  });
});
