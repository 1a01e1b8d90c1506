/**
 * "我是说给张三" / "是给张三" / "I meant Zhang Wei" while a new payee's account number is asked: only "哦不对，是给
 * 张三" and "I mean to Zhang Wei" were heard, the others got "抱歉，我没有听明白" and the account number of the
 * payee the customer had taken back was asked again. Now the payee meant is taken and said back, and the
 * transfer goes on to the amount. Through the real server, both languages.
 */
import { describe, expect, it } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { Chat } from './testing/transactions_test_kit.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

const S = {
  'zh-CN': {
    customer: { phone: '13800000001', pin: '135790' },
    start: '我要转账',
    newPayee: '王五',
    askAccount: /请提供对方的银行账号/,
    meant: ['我是说给张三', '是给张三', '我是说张三', '我说的是给张三'],
    saidBack: '好的，收款人改为张三。',
    askAmount: /转账金额/,
  },
  en: {
    customer: { phone: '13800000004', pin: '864200' },
    start: 'I want to transfer money',
    newPayee: 'Bob Lee',
    askAccount: /give me their account number/,
    meant: ['I meant Zhang Wei', 'I mean to Zhang Wei', 'sorry, I meant to Zhang Wei', 'I said Zhang Wei'],
    saidBack: 'OK, the payee is now Zhang Wei.',
    askAmount: /How much would you like to send\?/,
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe('a payee meant instead, said while the account is asked', () => {
  const kit = useTransactionsServer(
    { redis: false, features: [handoffForTests()], otp: { resendCooldownMs: 0 } },
    180_000,
  );

  it.each(LOCALES)('%s: the payee meant is taken and said back', async (locale) => {
    const s = S[locale];
    for (const meant of s.meant) {
      const chat = await Chat.open(kit(), 'app', locale);
      await chat.say(s.start);
      await chat.verify(s.customer.phone, s.customer.pin);
      expect((await chat.say(s.newPayee)).text).toMatch(s.askAccount);
      const reply = await chat.say(meant);
      expect(reply.kind, meant).toBe('flow');
      expect(reply.text.startsWith(s.saidBack), `${meant} -> ${reply.text}`).toBe(true);
      expect(reply.text).toMatch(s.askAmount);
      chat.close();
    }
  });
});
