/**
 * "then just send 4000" / "ok then, transfer 500" / "那就直接转4000吧" got the anti-fraud warning, the handoff and a
 * hold on transfers: the handoff model, which learned that paying someone is what scam stories do, scored the
 * first 0.66 fraud, and a plain payment instruction stands the model down only when it starts with the verb.
 * A lead-in that only carries the conversation on keeps it plain: the transfer starts, verification first.
 * The same lead-in with a scam in it still warns. Through the real server (trained models, flows, handoff,
 * Redis), in both locales.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const S = {
  'zh-CN': {
    plain: ['那就直接转4000吧', '好吧，转500', '行，那就转2000'],
    scam: ['那就转到警察给的安全账户吧', '好吧，转5000给投资老师'],
    warning: /诈骗/,
  },
  en: {
    plain: ['then just send 4000', 'ok then, transfer 500', 'alright, just send 300'],
    scam: [
      'then just send 4000 to the safe account the officer gave me',
      'ok then send 5000 to my investment mentor',
    ],
    warning: /scam/i,
  },
} as const;

describe.skipIf(!available)('a transfer said with a lead-in', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ features: [handoffForTests()] });
  });
  afterAll(() => kit.close());

  it.each(['zh-CN', 'en'] as const)(
    '%s: starts the transfer, with no scam warning',
    async (locale: Locale) => {
      for (const text of S[locale].plain) {
        const chat = await Chat.open(kit, 'app', locale);
        const reply = await chat.say(text);
        expect(reply.kind, `${text} -> ${reply.text}`).toBe('flow');
        expect(reply.intent, `${text} -> ${reply.text}`).toBe('transfer_money');
        expect(reply.card?.type, `${text} -> ${reply.text}`).toBe('verify');
        expect(reply.text, text).not.toMatch(S[locale].warning);
        chat.close();
      }
    },
  );

  it.each(['zh-CN', 'en'] as const)('%s: with a scam in it, still warns', async (locale: Locale) => {
    for (const text of S[locale].scam) {
      const chat = await Chat.open(kit, 'app', locale);
      const reply = await chat.say(text);
      expect(reply.kind, `${text} -> ${reply.text}`).toBe('handoff');
      expect(reply.text, text).toMatch(S[locale].warning);
      chat.close();
    }
  });
});
