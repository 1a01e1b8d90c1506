/**
 * "尾号6060" after the article on a frozen card, "the one ending 4321" after a freeze was done: only a card's
 * last four digits, with no flow running to take them. The customer got "that is outside the banking services
 * I can help with" (or "sorry, I didn't get that"). Now they are asked what the card or account is for, with
 * quick replies that name it (check its balance, freeze it, unfreeze it), and a quick reply starts that
 * service. Inside a flow the digits still answer it ("which account?" -> "尾号5678").
 * Through the real server (trained intent model, sandbox core), both languages.
 */
import { describe, expect, it } from 'vitest';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';

const S = {
  'zh-CN': {
    before: '我的卡被冻结了，怎么解冻',
    tails: ['尾号6060', '是尾号6060那张'],
    asked: '请问尾号6060的卡或账户要办理什么业务？',
    press: '解冻尾号6060的卡',
    started: 'unfreeze_card',
    customer: { phone: '13800000001', pin: '135790' },
    transactions: '查一下交易明细',
    which: '尾号5678',
    shown: /5678/,
  },
  en: {
    before: 'what is the annual fee for a debit card?',
    tails: ['the one ending 2468', 'card ending 2468'],
    asked: 'What would you like to do with the card or account ending 2468?',
    press: 'freeze the card ending 2468',
    started: 'freeze_card',
    customer: { phone: '13800000001', pin: '135790' },
    transactions: 'show my recent transactions',
    which: 'the one ending 5678',
    shown: /5678/,
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe('only a card or account tail, with no flow running', () => {
  const kit = useTransactionsServer(
    {
      redis: false,
      features: [handoffForTests()],
      otp: { resendCooldownMs: 0 },
    },
    180_000,
  );

  it.each(LOCALES)('%s: asked what it is for, and a quick reply starts the service', async (locale) => {
    const s = S[locale];
    for (const tail of s.tails) {
      const chat = await Chat.open(kit(), 'app', locale);
      await chat.say(s.before);
      const reply = await chat.say(tail);
      expect(reply.kind, tail).not.toBe('fallback');
      expect(reply.text).toBe(s.asked);
      expect(reply.quickReplies.map((q) => q.text)).toContain(s.press);
      const started = await chat.say(s.press);
      expect(started.intent).toBe(s.started);
      chat.close();
    }
  });

  it.each(LOCALES)('%s: inside a flow the tail still answers it', async (locale) => {
    const s = S[locale];
    const chat = await Chat.open(kit(), 'app', locale);
    await chat.say(s.transactions);
    const which = await chat.verify(s.customer.phone, s.customer.pin);
    expect(which.quickReplies.length, which.text).toBeGreaterThan(1);
    const shown = await chat.say(s.which);
    expect(shown.intent).toBe('recent_transactions');
    expect(shown.text).toMatch(s.shown);
    chat.close();
  });

  it.each(LOCALES)('%s: each quick reply starts its own service', async (locale) => {
    const s = S[locale];
    const chat = await Chat.open(kit(), 'app', locale);
    const reply = await chat.say(s.tails[0]);
    const intents = [];
    for (const q of reply.quickReplies) {
      const other = await Chat.open(kit(), 'app', locale);
      intents.push((await other.say(q.text)).intent);
      other.close();
    }
    expect(intents).toEqual(['check_balance', 'freeze_card', 'unfreeze_card']);
    chat.close();
  });
});
