/**
 * With nobody online, a complaint used to get the same canned paragraph on every message ("抱歉，目前没有人工客服
 * 在线…" for "我要投诉", again for the story that followed, again for "我要找你们领导"), and a scam victim the whole
 * warning word for word on each "他们现在催我转账", or no advice at all for "what should I do". Now the first time
 * the complaint is acknowledged and apologised for, nobody being online said and a callback or an appointment
 * offered; what the customer says next is acknowledged as noted for whoever calls back (it is in the
 * transcript). In a scam case a follow-up gets the concrete advice in short (do not transfer, no codes, hang
 * up, 96110), never the whole warning again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale, Reply, SessionReady } from '../protocol/protocol.ts';
import { customer, next, testServer, type ClientSocket } from './support/harness.ts';

const COMPLAINT: Record<Locale, string[]> = {
  'zh-CN': ['我要投诉', '你们网点的柜员态度太差了，让我等了两个小时', '我要找你们领导'],
  en: [
    'I want to make a complaint',
    'the teller at your branch was rude and kept me waiting two hours',
    'I want to speak to your manager',
  ],
};
/** The first answer: apology, the complaint acknowledged, nobody online, a callback offered. */
const FIRST: Record<Locale, RegExp[]> = {
  'zh-CN': [/抱歉/, /投诉/, /没有人工客服在线/, /预约回电/],
  en: [/sorry/i, /complaint/, /nobody from our team is online/i, /callback/],
};
const SCAM: Record<Locale, string[]> = {
  'zh-CN': ['有人自称公安局说我涉嫌洗钱，让我把钱转到安全账户', '他们现在催我转账', '他们现在催我转账'],
  en: [
    'someone from the police says my account is involved in money laundering and I must move my money to a safe account',
    'what should I do',
    'they are still on the phone telling me to hurry',
  ],
};
/** The short advice: no transfer, no codes, hang up, 96110. */
const ADVICE: Record<Locale, RegExp[]> = {
  'zh-CN': [/不要转账/, /验证码/, /挂断/, /96110/],
  en: [/don't transfer/i, /code/, /hang up/, /96110/],
};

describe('nobody online', () => {
  let server: RunningServer;
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    server = await testServer({}, { features: [handoffForTests()] });
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await server?.close();
  });

  const conversation = async (locale: Locale, texts: readonly string[]): Promise<[string, Reply[]]> => {
    const socket = customer(server.url, { channel: 'app', locale });
    sockets.push(socket);
    const { sessionId } = await next<SessionReady>(socket, 'session.ready');
    const replies: Reply[] = [];
    for (const text of texts) {
      const reply = next<Reply>(socket, 'reply.text');
      socket.emit('message.text', { text });
      replies.push(await reply);
    }
    return [sessionId, replies];
  };

  it.each(['zh-CN', 'en'] as const)(
    '%s: a complaint is acknowledged once in full, then what follows is noted',
    async (locale) => {
      const [sessionId, [first, ...later]] = await conversation(locale, COMPLAINT[locale]);
      for (const p of FIRST[locale]) expect(first!.text).toMatch(p);
      expect(first!.quickReplies.length).toBeGreaterThan(0);
      for (const reply of later) {
        expect(reply.kind).toBe('handoff');
        expect(reply.text).not.toBe(first!.text);
        expect(reply.text.length).toBeLessThan(first!.text.length + 40);
        expect(reply.text).toMatch(locale === 'en' ? /noted/i : /记下/);
        expect(reply.quickReplies.map((q) => q.text)).toEqual(first!.quickReplies.map((q) => q.text));
      }
      // What they said is in the transcript whoever calls back reads.
      const transcript = await server.store.transcript(sessionId, 50);
      const said = transcript.filter((l) => l.role === 'customer').map((l) => l.text);
      expect(said).toEqual(COMPLAINT[locale]);
    },
  );

  it.each(['zh-CN', 'en'] as const)(
    '%s: a follow-up in a scam case gets the short advice, not the whole warning again',
    async (locale) => {
      const [, [warning, ...later]] = await conversation(locale, SCAM[locale]);
      expect(warning!.card?.type).toBe('warning');
      for (const reply of later) {
        for (const p of ADVICE[locale]) expect(reply.text).toMatch(p);
        expect(reply.text).not.toContain(warning!.text.slice(0, 30));
        // Shorter than the warning ("what should I do" gets numbered next steps, shorter but not by half).
        expect(reply.text.length).toBeLessThan(warning!.text.length);
      }
    },
  );
});
