/**
 * The first ticket of a service said "前面还有0人等候" / "0 people are ahead of you". Through the real server
 * at a kiosk, in both locales: with nobody ahead the customer is told they will be called next; with one
 * ahead, how many and the wait, as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const ASK: Record<Locale, [string, string]> = {
  'zh-CN': ['我要取号', '对公业务'],
  en: ['I need a queue ticket', 'business banking'],
};
const NEXT: Record<Locale, RegExp> = {
  'zh-CN': /前面没有人等候，马上就叫到您/,
  en: /nobody is ahead of you/,
};
const ONE: Record<Locale, RegExp> = {
  'zh-CN': /前面还有1人等候，预计等候约10分钟/,
  en: /1 person is ahead of you, about 10 minutes' wait/,
};

describe.skipIf(!available)('a queue ticket with nobody ahead', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer();
  });
  afterAll(() => kit.close());

  it.each(['zh-CN', 'en'] as const)('%s: first "you are next", then one ahead', async (locale) => {
    const first = await Chat.open(kit, 'kiosk', locale);
    await first.say(ASK[locale][0]);
    const ticket = await first.say(ASK[locale][1]);
    expect(ticket.card?.type).toBe('ticket');
    expect(ticket.text).toMatch(NEXT[locale]);
    expect(ticket.text).not.toMatch(/还有0人|\b0 people\b/);
    first.close();
    const second = await Chat.open(kit, 'kiosk', locale);
    await second.say(ASK[locale][0]);
    expect((await second.say(ASK[locale][1])).text).toMatch(ONE[locale]);
    second.close();
    // Clear the queue for the other locale.
    await kit.feature.branches.callNext('b1', 'corporate');
    await kit.feature.branches.callNext('b1', 'corporate');
  });
});
