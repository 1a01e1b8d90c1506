/**
 * Found in a walkthrough: with nobody online, a customer offered a callback who then said "tell me a joke" /
 * "讲个笑话" got the callback offer again ("Sorry, I can't help with that one… tap Request a callback"), as if a
 * person had to follow up a joke. Small talk while waiting is answered as the assistant answers it anywhere,
 * with at most one short line on where things stand: nobody online yet, a callback booked, a scam case still
 * flagged. Through the real server, nobody online.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Locale, Reply } from '../protocol/protocol.ts';
import { handoffForTests } from './testing/agent_client.ts';

const S = {
  'zh-CN': {
    human: '转人工',
    joke: '讲个笑话',
    callback: '预约回电',
    scam: '有个自称警察的人打电话，让我把钱转到安全账户配合调查',
    offer: /预约回电|回电的客服/,
    booked: /回电预约已登记/,
  },
  en: {
    human: 'I want to talk to a person',
    joke: 'tell me a joke',
    callback: 'Request a callback',
    scam: 'a police officer told me to move my money to a safe account',
    offer: /Request a callback|follow it up/,
    booked: /callback is booked/,
  },
} as const;

describe.each(['zh-CN', 'en'] as const)(
  '%s: small talk while nobody can take the conversation',
  (locale: Locale) => {
    const s = S[locale];
    let kit: TransactionsServer;
    /** What the assistant says to the joke in a conversation with no handoff. */
    let normal: Reply;
    beforeAll(async () => {
      kit = await transactionsServer({ redis: false, features: [handoffForTests()] });
      const chat = await Chat.open(kit, 'app', locale);
      normal = await chat.say(s.joke);
      chat.close();
    });
    afterAll(() => kit?.close());

    /** The assistant's own reply first, then at most one short line; never the callback offer again. */
    function answeredAsSmallTalk(reply: Reply): string {
      expect(reply.text.startsWith(normal.text), reply.text).toBe(true);
      const rest = reply.text.slice(normal.text.length).trim();
      expect(rest.length).toBeLessThanOrEqual(locale === 'en' ? 100 : 40);
      expect(rest).not.toMatch(s.offer);
      expect(reply.quickReplies.map((q) => q.text)).not.toContain(s.callback);
      return rest;
    }

    it("offered a callback: the joke gets the assistant's reply, not the offer again", async () => {
      const chat = await Chat.open(kit, 'app', locale);
      const told = await chat.say(s.human);
      expect(told.quickReplies.map((q) => q.text)).toContain(s.callback);
      const reply = await chat.say(s.joke);
      chat.close();
      answeredAsSmallTalk(reply);
    });

    it('a callback booked: the reply, and that the callback is booked', async () => {
      const chat = await Chat.open(kit, 'app', locale);
      await chat.say(s.human);
      await chat.say(s.callback);
      await chat.say('13912345678');
      const reply = await chat.say(s.joke);
      chat.close();
      expect(answeredAsSmallTalk(reply)).toMatch(s.booked);
    });

    it('a scam case waiting flagged: the reply, and where the case stands, not the advice again', async () => {
      const chat = await Chat.open(kit, 'app', locale);
      await chat.say(s.scam);
      const reply = await chat.say(s.joke);
      chat.close();
      expect(answeredAsSmallTalk(reply)).toMatch(/flagged|优先登记/);
      expect(reply.text).not.toMatch(/96110/);
    });
  },
);
