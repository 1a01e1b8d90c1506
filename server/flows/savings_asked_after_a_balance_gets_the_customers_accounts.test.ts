/**
 * "and my savings?" / "那储蓄账户呢？" right after the balance was shown: the deposit-rates article (en) or how
 * to open an account (zh). Now the balances of the customer's accounts again, led by how many they have and
 * that none is a separate savings account (the sandbox customers have none). Asked with no balance shown,
 * "and my savings?" is still a question for the knowledge base.
 * Through the real server (trained intent model, sandbox core), both languages.
 */
import { describe, expect, it } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { Chat } from './testing/transactions_test_kit.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

const S = {
  'zh-CN': {
    customer: ['13800000001', '135790'],
    balance: '查余额',
    savings: '那储蓄账户呢？',
    accounts: /您在本行名下共有2个账户.*尾号1234.*¥52,300\.00.*尾号5678.*¥3,000\.00/,
  },
  en: {
    customer: ['13800000004', '864200'],
    balance: 'what is my balance',
    savings: 'and my savings?',
    accounts: /no separate savings account.*one account.*ending 2468 has CNY 20,000\.00/,
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe('savings asked right after a balance', () => {
  const kit = useTransactionsServer(
    { redis: false, features: [handoffForTests()], otp: { resendCooldownMs: 0 } },
    180_000,
  );

  it.each(LOCALES)("%s: gets the customer's accounts and their balances", async (locale) => {
    const s = S[locale];
    const chat = await Chat.open(kit(), 'app', locale);
    await chat.say(s.balance);
    await chat.verify(s.customer[0], s.customer[1]);
    const reply = await chat.say(s.savings);
    expect(reply.source?.id, reply.text).toBeUndefined();
    expect(reply.intent).toBe('check_balance');
    expect(reply.card?.type).toBe('balance');
    expect(reply.text).toMatch(s.accounts);
    chat.close();
  });

  it('en: with no balance shown, is no balance check', async () => {
    const chat = await Chat.open(kit(), 'app', 'en');
    const reply = await chat.say('and my savings?');
    expect(reply.intent).not.toBe('check_balance');
    chat.close();
  });
});
