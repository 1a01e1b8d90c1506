/**
 * "我想取个号" asks the branch. "办理存款" then got the same question with no word on the business, and "我前面还有
 * 几个人" got "好的，正在为您办理取号". Now the business is said back (personal banking) before the branch is asked
 * again with the branches to choose from, and the wait question is told the people ahead show once the ticket
 * is taken, then the branch again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from './testing/transactions_test_kit.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';

/** [locale, the ticket asked, the business, said back, the wait asked, told, the branch asked] */
const CASES: Array<[Locale, string, string, RegExp, string, RegExp, RegExp]> = [
  ['zh-CN', '我想取个号', '办理存款', /个人业务/, '我前面还有几个人', /取号后/, /哪个网点/],
  [
    'en',
    'I want to take a queue number',
    'deposit',
    /personal banking/i,
    'how many people are ahead of me',
    /once your ticket is taken/i,
    /which branch/i,
  ],
];

describe('through the server', () => {
  let kit: TransactionsServer;
  beforeAll(async () => {
    kit = await transactionsServer({ redis: false, features: [handoffForTests()] });
  }, 180_000);
  afterAll(() => kit?.close());

  it.each(CASES)(
    '%s "%s", "%s": said back; "%s": shown once taken; the branch asked each time',
    async (locale, ticket, business, saidBack, ahead, told, branch) => {
      const chat = await Chat.open(kit, 'app', locale);
      await chat.say(ticket);
      const service = await chat.say(business);
      const wait = await chat.say(ahead);
      chat.close();
      expect(service.text).toMatch(saidBack);
      expect(service.text).toMatch(branch);
      expect(service.quickReplies?.length ?? 0).toBeGreaterThan(1);
      expect(wait.text).toMatch(told);
      expect(wait.text).toMatch(branch);
      expect(wait.text).not.toMatch(/正在为您办理|that is what we are doing/);
    },
  );
});
