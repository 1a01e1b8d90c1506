/**
 * Told nobody is online, the customer goes on: "那人工什么时候上班" / "when will someone be available?" used to get
 * "您说的情况我已记下，回电的客服会看到", and a message the assistant cannot place ("能改到后天吗", "tell me a joke")
 * "Noted: … for the colleague who calls you back", though no callback was asked for. Now the hours question gets
 * the service hours and that nobody is online now; a message the assistant cannot place gets "I can't help with
 * that one" and how a person can follow it up (a callback); only once a callback is registered is the customer
 * told that whoever calls back will see what they said.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../protocol/protocol.ts';
import { customerConversations, say } from './support/customer_conversations.ts';

const ASK: Record<Locale, string> = { 'zh-CN': '转人工', en: 'agent please' };
const HOURS: Record<Locale, [string, RegExp[]]> = {
  'zh-CN': ['那人工什么时候上班', [/服务时间是全天 24 小时/, /没有人工客服在线/]],
  en: ['when will someone be available?', [/available around the clock/, /nobody is online/]],
};
// Not small talk, which gets the assistant's own reply (small_talk_while_waiting.ts).
const UNPLACED: Record<Locale, string> = {
  'zh-CN': '能改到后天吗',
  en: 'can it be moved to the day after tomorrow',
};
/** "Whoever calls you back will see it": true only once a callback is registered. */
const CALLER_SEES: Record<Locale, RegExp> = {
  'zh-CN': /回电的客服会看到/,
  en: /(colleague who calls you back will see|for the colleague who calls you back)/,
};
const OFFER: Record<Locale, string> = { 'zh-CN': '预约回电', en: 'Request a callback' };

describe('with nobody online, what follows', () => {
  const { open } = customerConversations();

  it.each(['zh-CN', 'en'] as const)("%s: the agents' hours are told when asked", async (locale) => {
    const { socket } = await open(locale);
    expect((await say(socket, ASK[locale])).kind).toBe('handoff');
    const [question, says] = HOURS[locale];
    const reply = await say(socket, question);
    for (const p of says) expect(reply.text).toMatch(p);
    expect(reply.text).not.toMatch(CALLER_SEES[locale]);
    expect(reply.quickReplies.map((q) => q.text)).toContain(OFFER[locale]);
  });

  it.each(['zh-CN', 'en'] as const)(
    '%s: a message the assistant cannot place is never said to reach a caller nobody asked for',
    async (locale) => {
      const { socket } = await open(locale);
      await say(socket, ASK[locale]);
      const reply = await say(socket, UNPLACED[locale]);
      expect(reply.text).not.toMatch(CALLER_SEES[locale]);
      expect(reply.text).toMatch(locale === 'en' ? /can't help with that/ : /帮不上/);
      expect(reply.quickReplies.map((q) => q.text)).toContain(OFFER[locale]);

      // Once a callback is registered, whoever calls back will see it.
      await say(socket, OFFER[locale]);
      expect((await say(socket, '13800000001')).text).toContain('138****0001');
      const after = await say(socket, UNPLACED[locale]);
      expect(after.text).toMatch(CALLER_SEES[locale]);
      expect(after.quickReplies.map((q) => q.text)).not.toContain(OFFER[locale]);
    },
  );
});
