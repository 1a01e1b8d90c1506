/**
 * "给我" / "转给我自己" / "to me" when a transfer asks who the money goes to (or for a new payee's account
 * number): the handoff model read "to me" and "给我" as an ask for a person ("nobody from our team is online"),
 * and "转给我自己" went on as a new payee called "我自己" whose account number was asked. This flow sends money
 * to other people; the customer is now told where a transfer between their own accounts is made, and asked
 * again who the money is for, the transfer still running. Through the real server, both languages.
 */
import { describe, expect, it } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale, Reply } from '../protocol/protocol.ts';
import { Chat } from './testing/transactions_test_kit.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

const S = {
  'zh-CN': {
    customer: { phone: '13800000001', pin: '135790' },
    start: '我要转账',
    toSelf: ['给我', '转给我自己', '转到我自己的账户'],
    newPayee: '给王五',
    askAccount: /请提供对方的银行账号/,
    ownTransfer: /本人账户互转/,
    askWho: /请问您要转给谁/,
    payee: '给张三',
    askAmount: /转账金额/,
  },
  en: {
    customer: { phone: '13800000004', pin: '864200' },
    start: 'I want to transfer money',
    toSelf: ['to me', 'to myself', 'to my own account'],
    newPayee: 'Bob Lee',
    askAccount: /give me their account number/,
    ownTransfer: /Between my accounts/,
    askWho: /Who would you like to send money to\?/,
    payee: 'to Zhang Wei',
    askAmount: /How much would you like to send\?/,
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe('a transfer to oneself', () => {
  const kit = useTransactionsServer(
    { redis: false, features: [handoffForTests()], otp: { resendCooldownMs: 0 } },
    180_000,
  );

  function expectPointedToOwnTransfer(reply: Reply, locale: Locale): void {
    const s = S[locale];
    expect(reply.kind, reply.text).toBe('flow');
    expect(reply.intent).toBe('transfer_money');
    expect(reply.text).toMatch(s.ownTransfer);
    expect(reply.text).toMatch(s.askWho);
  }

  it.each(LOCALES)('%s: said when the payee is asked, the own-account transfer is named', async (locale) => {
    const s = S[locale];
    for (const toSelf of s.toSelf) {
      const chat = await Chat.open(kit(), 'app', locale);
      await chat.say(s.start);
      const verified = await chat.verify(s.customer.phone, s.customer.pin);
      expect(verified.text).toMatch(s.askWho);
      expectPointedToOwnTransfer(await chat.say(toSelf), locale);
      // The transfer goes on with the payee named next.
      const next = await chat.say(s.payee);
      expect(next.text).toMatch(s.askAmount);
      chat.close();
    }
  });

  it.each(LOCALES)('%s: said when a new payee’s account is asked, that payee is dropped', async (locale) => {
    const s = S[locale];
    const chat = await Chat.open(kit(), 'app', locale);
    await chat.say(s.start);
    await chat.verify(s.customer.phone, s.customer.pin);
    expect((await chat.say(s.newPayee)).text).toMatch(s.askAccount);
    expectPointedToOwnTransfer(await chat.say(s.toSelf[0]), locale);
    chat.close();
  });
});
