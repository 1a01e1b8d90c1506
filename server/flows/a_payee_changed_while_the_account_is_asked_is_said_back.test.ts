/**
 * "哦不对，是给李娜" / "sorry, I meant to Zhang San" while the account to pay from is asked: the correction was
 * "抱歉，我没有听明白" (or, said as plain "给李娜", taken without a word), so the customer could not tell whether
 * the wrong payee would still be paid. Now the new payee is said back ("好的，收款人改为李娜。") before the
 * question, and is the one read back. Through the real server, both languages.
 */
import { describe, expect, it } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { Chat } from './testing/transactions_test_kit.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

const CUSTOMER = { phone: '13800000001', pin: '135790' };

const S = {
  'zh-CN': {
    start: '给张三转2000',
    correction: '哦不对，是给李娜',
    saidBack: '好的，收款人改为李娜。',
    askFrom: /从哪个账户付款/,
    readBack: /收款人：李娜/,
  },
  en: {
    start: 'send 300 to Li Na',
    correction: 'sorry, I meant to Zhang San',
    saidBack: 'OK, the payee is now Zhang San.',
    askFrom: /Which account should the money come from/,
    readBack: /Payee: (?:张三|Zhang San)/,
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe('a payee changed while the account to pay from is asked', () => {
  const kit = useTransactionsServer(
    { redis: false, features: [handoffForTests()], otp: { resendCooldownMs: 0 } },
    180_000,
  );

  it.each(LOCALES)('%s: the new payee is said back, then read back', async (locale) => {
    const s = S[locale];
    const chat = await Chat.open(kit(), 'app', locale);
    await chat.say(s.start);
    const verified = await chat.verify(CUSTOMER.phone, CUSTOMER.pin);
    expect(verified.text).toMatch(s.askFrom);
    const changed = await chat.say(s.correction);
    expect(changed.text.startsWith(s.saidBack), changed.text).toBe(true);
    expect(changed.text).toMatch(s.askFrom);
    const readBack = await chat.say('1234');
    expect(readBack.text).toMatch(s.readBack);
    chat.close();
  });
});
