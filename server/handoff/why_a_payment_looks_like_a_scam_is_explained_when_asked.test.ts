/**
 * After the scam warning about a grandson in jail and a lawyer who wants the money today, "is that a problem?"
 * got the mobile-banking login article, "这有什么问题吗" and "why not?" the same short advice again, and "为什么
 * 不能转" started a transfer. Now asking why gets why: a relative said to be in trouble, a lawyer or a stranger
 * asking, the money needed today; call the relative on a number already known and pay nothing; then the next
 * steps, and transfers stay on hold. Nobody online, through the real server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Locale } from '../protocol/protocol.ts';
import { handoffForTests } from './testing/agent_client.ts';
import { asksWhyItIsAScam } from './fraud/why_a_scam.ts';

const STORY = {
  en: 'hi i need to send 2000 dollars to my grandson, he is in jail in mexico and the lawyer says it has to be today',
  'zh-CN': '我要给孙子转2万块，他在国外被拘留了，律师说今天必须转',
} as const;
const NAME = { en: 'his name is Tom', 'zh-CN': '他叫小明' } as const;
const EXPECT = {
  en: { relative: /relative/, lawyer: /lawyer/, call: /number you already have/, hold: /on hold/ },
  'zh-CN': { relative: /亲人/, lawyer: /律师/, call: /一直存着的号码/, hold: /转账仍然暂停/ },
} as const;

const CASES: Array<[Locale, string]> = [
  ['en', 'is that a problem?'],
  ['en', 'why not?'],
  ['zh-CN', '这有什么问题吗'],
  ['zh-CN', '为什么不能转'],
];

describe('what asks why', () => {
  it.each(CASES.map(([, ask]) => ask))('"%s" asks why', (ask) => expect(asksWhyItIsAScam(ask)).toBe(true));
  it.each(['his name is Tom', '他叫小明', 'ok'])('"%s" does not', (text) =>
    expect(asksWhyItIsAScam(text)).toBe(false),
  );
});

describe('through the server', () => {
  let kit: TransactionsServer;
  beforeAll(async () => {
    kit = await transactionsServer({ redis: false, features: [handoffForTests()] });
  }, 180_000);
  afterAll(() => kit?.close());

  it.each(CASES)(
    '%s "%s" after the warning: why it is a scam, what to do, no transfer',
    async (locale, ask) => {
      const chat = await Chat.open(kit, 'app', locale);
      const warning = await chat.say(STORY[locale]);
      await chat.say(NAME[locale]);
      const reply = await chat.say(ask);
      chat.close();
      const e = EXPECT[locale];
      expect(warning.intent).toBe('fraud_report');
      expect(reply.kind, reply.text).toBe('handoff');
      expect(reply.source ?? null, reply.text).toBeNull();
      expect(reply.card?.type).not.toBe('verify');
      for (const said of [e.relative, e.lawyer, e.call, e.hold]) expect(reply.text).toMatch(said);
    },
  );
});
