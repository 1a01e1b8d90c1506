/**
 * "我的卡被冻结了" / "my card has been frozen" is answered by the article on an account the bank restricted,
 * which a rule in the flow engine chooses, not the search. Asked again with the previous question, the
 * follow-ups did not find it among the matches: "为什么" / "why?" got the out-of-scope fallback, "what do I do
 * now" the SMS-code article, "how long does it take" and "can I do it online" transfer arrival times. Now an
 * article a step chose is found by its id through the knowledge base, and a bare "why" after an article that
 * gives reasons gets that article: the follow-ups stay on it, whole or its lines on what they ask.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';

const RESTRICTED = 'account_restricted_by_bank';

/** [locale, the freeze told, the follow-ups in turn] */
const CASES: Array<[Locale, string, string[]]> = [
  [
    'en',
    'my card has been frozen',
    ['why?', 'what do I do now', 'how long does it take', 'can I do it online'],
  ],
  ['zh-CN', '我的卡被冻结了', ['为什么', '现在怎么办', '要多久', '网上能办吗']],
];

describe('through the server', () => {
  let kit: TransactionsServer;
  beforeAll(async () => {
    kit = await transactionsServer({ redis: false, features: [handoffForTests()] });
  }, 180_000);
  afterAll(() => kit?.close());

  it.each(CASES)(
    '%s "%s", then %j: the article on a restriction by the bank each time',
    async (locale, told, asks) => {
      const chat = await Chat.open(kit, 'app', locale);
      const first = await chat.say(told);
      expect(first.source?.id).toBe(RESTRICTED);
      for (const ask of asks) {
        const reply = await chat.say(ask);
        expect(reply.kind, `${ask}: ${reply.text}`).toBe('faq');
        expect(reply.source?.id, `${ask}: ${reply.text}`).toBe(RESTRICTED);
      }
      chat.close();
    },
  );

  it.each([
    ['en', 'my card has been frozen', 'how long does it take', /same day|next day/],
    ['zh-CN', '我的卡被冻结了', '要多久', /当天|次日/],
  ] as Array<[Locale, string, string, RegExp]>)(
    '%s "%s", then "%s": only its lines on the time',
    async (locale, told, ask, time) => {
      const chat = await Chat.open(kit, 'app', locale);
      const first = await chat.say(told);
      const reply = await chat.say(ask);
      chat.close();
      expect(reply.source?.id, reply.text).toBe(RESTRICTED);
      expect(reply.text).toMatch(time);
      expect(reply.text.length).toBeLessThan(first.text.length);
    },
  );
});
