/**
 * "I lost my wallet with all my cards", then "both debit and credit" while the phone number is asked: the
 * credit-report article ("credit" was looked up). Now it says which cards are lost: noted, the phone asked
 * again; after verifying, the read-back says the report is for the customer's debit card and, as no credit
 * card of theirs is found here, where a credit card is reported lost.
 * Through the real server (trained intent model, sandbox core), both languages.
 */
import { describe, expect, it } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { Chat, cardField } from './testing/transactions_test_kit.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

const S = {
  'zh-CN': {
    customer: ['13800000001', '135790'],
    lost: '我的卡丢了',
    both: '借记卡和信用卡都丢了',
    phone: /手机号码/,
    card: '卡片',
    debit: /^借记卡 .*1234$/,
    covers: /这次挂失的是借记卡.*查不到您名下的信用卡.*信用卡客服热线/,
  },
  en: {
    customer: ['13800000004', '864200'],
    lost: 'I lost my wallet with all my cards',
    both: 'both debit and credit',
    phone: /mobile number/,
    card: 'Card',
    debit: /^Debit card .*2468$/,
    covers: /This report is for your debit card .*2468.*can't find a credit card.*credit card hotline/,
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe('both card kinds lost, said while the phone is asked', () => {
  const kit = useTransactionsServer(
    { redis: false, features: [handoffForTests()], otp: { resendCooldownMs: 0 } },
    180_000,
  );

  it.each(LOCALES)('%s: are the cards lost, and the read-back says which one it covers', async (locale) => {
    const s = S[locale];
    const chat = await Chat.open(kit(), 'app', locale);
    await chat.say(s.lost);
    const noted = await chat.say(s.both);
    expect(noted.source?.id, noted.text).toBeUndefined();
    expect(noted.intent).toBe('report_lost_card');
    expect(noted.text).toMatch(s.phone);
    const readBack = await chat.verify(s.customer[0], s.customer[1]);
    expect(readBack.card?.type, readBack.text).toBe('confirm');
    expect(cardField(readBack, s.card)).toMatch(s.debit);
    expect(readBack.text).toMatch(s.covers);
    chat.close();
  });
});
