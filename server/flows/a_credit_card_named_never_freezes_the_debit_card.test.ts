/**
 * "冻结信用卡" / "freeze my credit card" from a customer who has only a debit card: the flow took the one card
 * it found and froze the debit card at once ("尾号1234的借记卡已临时冻结"), which the customer never asked for;
 * "信用卡丢了" / "I lost my credit card" read back the debit card for a loss report. Now the customer hears
 * that no credit card of theirs is found here and where a credit card is handled, and the debit card is only
 * offered to pick. Through the real server, both languages.
 */
import { describe, expect, it } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { Chat } from './testing/transactions_test_kit.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

const CUSTOMER = { phone: '13800000001', pin: '135790' };

const S = {
  'zh-CN': {
    freeze: '冻结信用卡',
    lost: '信用卡丢了',
    noCredit: '我这里查不到您名下的信用卡',
    frozen: /已临时冻结/,
    lossReadBack: /确认挂失/,
  },
  en: {
    freeze: 'freeze my credit card',
    lost: 'I lost my credit card',
    noCredit: "I can't find a credit card of yours here",
    frozen: /is frozen for now/,
    lossReadBack: /Confirm the loss report/,
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe('a credit card named by a customer with a debit card only', () => {
  const kit = useTransactionsServer(
    { redis: false, features: [handoffForTests()], otp: { resendCooldownMs: 0 } },
    180_000,
  );

  /** The reply once verified: its text, and its quick replies' labels. */
  async function verifiedAfter(locale: Locale, text: string): Promise<[string, string]> {
    const chat = await Chat.open(kit(), 'app', locale);
    await chat.say(text);
    const reply = await chat.verify(CUSTOMER.phone, CUSTOMER.pin);
    chat.close();
    return [reply.text, (reply.quickReplies ?? []).map((q) => q.label).join(' | ')];
  }

  it.each(LOCALES)('%s: freezing it freezes no card, and the debit card is offered', async (locale) => {
    const s = S[locale];
    const [text, options] = await verifiedAfter(locale, s.freeze);
    expect(text).toContain(s.noCredit);
    expect(text).not.toMatch(s.frozen);
    expect(options).toContain('1234');
  });

  it.each(LOCALES)('%s: losing it reads back no debit card', async (locale) => {
    const s = S[locale];
    const [text] = await verifiedAfter(locale, s.lost);
    expect(text).toContain(s.noCredit);
    expect(text).not.toMatch(s.lossReadBack);
  });
});
