/**
 * On a lobby screen the customer is standing in a branch. "帮我叫个工作人员" / "can you get a staff member" with
 * nobody online at the remote desk used to get "nobody is online; request a callback or book a branch
 * appointment", as if they were at home. Now they are pointed to the lobby manager and the counter, and the
 * quick reply takes a queue number there and then. In the app nothing changes.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../protocol/protocol.ts';
import { customerConversations, say } from './support/customer_conversations.ts';

const ASK: Record<Locale, string> = { 'zh-CN': '帮我叫个工作人员', en: 'can you get a staff member' };
const STAFF: Record<Locale, RegExp> = { 'zh-CN': /大堂经理/, en: /lobby manager/ };
const TAKE_NUMBER: Record<Locale, string> = { 'zh-CN': '取号', en: 'Take a queue number' };
const BOOK_BRANCH: Record<Locale, string> = { 'zh-CN': '预约网点办理', en: 'Book a branch appointment' };

describe('nobody at the remote desk, on the lobby screen', () => {
  const { open } = customerConversations();

  it.each(['zh-CN', 'en'] as const)(
    '%s: the branch staff are named and a queue number is one tap away',
    async (locale) => {
      const { socket } = await open(locale, 'kiosk');
      const reply = await say(socket, ASK[locale]);
      expect(reply.kind).toBe('handoff');
      expect(reply.text).toMatch(STAFF[locale]);
      const offers = reply.quickReplies.map((q) => q.text);
      expect(offers).toContain(TAKE_NUMBER[locale]);
      expect(offers).not.toContain(BOOK_BRANCH[locale]);
      // The button takes a number at this branch.
      const ticket = await say(socket, TAKE_NUMBER[locale]);
      expect(ticket.kind).toBe('flow');
      expect(ticket.intent).toBe('queue_ticket');
    },
  );

  it.each(['zh-CN', 'en'] as const)(
    '%s: in the app, a callback or a branch appointment as before',
    async (locale) => {
      const { socket } = await open(locale);
      const reply = await say(socket, ASK[locale]);
      expect(reply.kind).toBe('handoff');
      expect(reply.text).not.toMatch(STAFF[locale]);
      expect(reply.quickReplies.map((q) => q.text)).toContain(BOOK_BRANCH[locale]);
    },
  );
});
