/**
 * Messages a running flow answers (its question again, "sorry, I didn't catch that", an option picked) are
 * not the assistant failing: they must not count toward the handoff's repeated-fallback limit, neither while
 * the flow runs (the handoff policy ignores fallbacks inside a flow) nor after it ends. They used to be
 * counted and kept: a customer who struggled with "which account?" three times, then cancelled, was handed
 * to a person "for repeated failures" on the first message the assistant did not understand afterwards.
 * Through the real server with the handoff feature.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const SCRIPT: Record<Locale, { start: string; inFlow: string[]; cancel: string; gibberish: string }> = {
  'zh-CN': {
    start: '给张伟转300',
    inFlow: ['你们有没有那个啥', '啊啊啊吧', '呜啦啦啦', '嗯哼哈'],
    cancel: '取消',
    gibberish: '呜啦啦啦',
  },
  en: {
    start: 'transfer 300 to Zhang Wei',
    inFlow: ['flibber jabber', 'gloop', 'wibble wobble', 'blorp'],
    cancel: 'cancel',
    gibberish: 'flibber jabber',
  },
};

describe.skipIf(!available)('answers inside a flow and the repeated-fallback handoff', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 }, features: [handoffForTests()] });
  });
  afterAll(() => kit.close());

  it.each(['zh-CN', 'en'] as const)(
    '%s: four not-understood messages in a flow, then one after it',
    async (locale) => {
      const s = SCRIPT[locale];
      const chat = await Chat.open(kit, 'app', locale);
      const reasons: string[] = [];
      chat.socket.on('handoff.status', (e: { reason?: string }) => reasons.push(e.reason ?? ''));
      await chat.say(s.start);
      await chat.verify('13800000002', '246802');
      for (const text of s.inFlow) {
        const reply = await chat.say(text);
        expect(reply.kind, text).toBe('flow');
      }
      expect((await chat.say(s.cancel)).kind).toBe('flow');
      const after = await chat.say(s.gibberish);
      expect(after.kind, after.text).not.toBe('handoff');
      expect(reasons).not.toContain('repeated_fallback');
      chat.close();
    },
  );
});
