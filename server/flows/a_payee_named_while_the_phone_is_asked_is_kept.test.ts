/**
 * "我要转账", then "给李娜" / "to Li Na" while the phone number is being asked: the payee was not heard ("抱歉，
 * 我没有听明白", or in English an article about failed transfers), and once verified the customer was asked
 * "请问您要转给谁？" / "Who would you like to send money to?" all over again. Now the payee named on its own is
 * kept ("好的，记下了") like an amount said then; a pronoun ("给我", "to me") is not a payee. Through the real
 * server, both languages.
 */
import { describe, expect, it } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { FLOWS } from './flow_definitions.ts';
import { extractSlots } from './slot_extract.ts';
import { Chat } from './testing/transactions_test_kit.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

const CUSTOMER = { phone: '13800000001', pin: '135790' };

const S = {
  'zh-CN': {
    start: '我要转帐',
    saved: '给李娜',
    unsaved: '给小王',
    noted: /记下了/,
    askWho: /转给谁/,
    askAmount: /转账金额是多少/,
    askAccount: /银行账号/,
  },
  en: {
    start: 'I want to make a transfer',
    saved: 'to Li Na',
    unsaved: 'to Mike',
    noted: /^Got it/,
    askWho: /Who would you like to send money to/,
    askAmount: /How much would you like to send/,
    askAccount: /account number/,
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe('a payee named on its own while the phone number is asked', () => {
  const kit = useTransactionsServer(
    { redis: false, features: [handoffForTests()], otp: { resendCooldownMs: 0 } },
    180_000,
  );

  async function named(locale: Locale, payee: string): Promise<{ heard: string; verified: string }> {
    const chat = await Chat.open(kit(), 'app', locale);
    await chat.say(S[locale].start);
    const heard = await chat.say(payee);
    const verified = await chat.verify(CUSTOMER.phone, CUSTOMER.pin);
    chat.close();
    return { heard: heard.text, verified: verified.text };
  }

  it.each(LOCALES)('%s: a saved payee is kept, and the amount is asked next', async (locale) => {
    const s = S[locale];
    const { heard, verified } = await named(locale, s.saved);
    expect(heard).toMatch(s.noted);
    expect(verified).not.toMatch(s.askWho);
    expect(verified).toMatch(s.askAmount);
  });

  it.each(LOCALES)('%s: a new payee is kept, and their account number is asked', async (locale) => {
    const s = S[locale];
    const { verified } = await named(locale, s.unsaved);
    expect(verified).not.toMatch(s.askWho);
    expect(verified).toMatch(s.askAccount);
  });

  it.each(['给我', '给他', 'to me', 'to my account', 'to the branch'])('"%s" names no payee', (text) => {
    const slots = extractSlots(FLOWS.transfer_money, { text, entities: [], awaiting: 'verification' }, []);
    expect(slots.payee).toBeUndefined();
  });
});
