/**
 * "ATM took my card" / "ATM把卡吞了 我想把卡拿回来" / "the machine didn't give my card back": the intent model hears a
 * loss report, a freeze or an unfreeze, and the flow started at once ("I'll block the card right away", "解冻银行卡需要验证码和交易密码"), though the card is
 * neither lost nor frozen, only kept by the machine. The article on a retained card answers (whom to call,
 * where to collect it) with the freeze one tap away, which starts the freeze flow when pressed. Asking for the
 * loss report or the freeze outright ("ATM吞卡了，帮我挂失", "atm took my card, freeze it please") still starts
 * it. Through the real server with the sandbox core, both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale, Reply } from '../protocol/protocol.ts';
import { expectArticle } from '../test/support/expect_article.ts';
import { redisAvailable } from '../test/support/harness.ts';
import { Chat, transactionsServer, type TransactionsServer } from './testing/transactions_test_kit.ts';

const available = await redisAvailable();

const S = {
  'zh-CN': {
    kept: 'ATM把卡吞了 我想把卡拿回来',
    heard: ['卡被吞了 怎么拿回来'],
    article: /ATM所属网点取出保管/,
    freeze: '冻结银行卡',
    freezeIntro: /临时冻结银行卡/,
    asks: ['ATM吞卡了，帮我挂失', '卡被吞了 先帮我冻结'],
  },
  en: {
    kept: 'ATM took my card',
    heard: [
      "the machine didn't give my card back",
      "the atm won't give me my card back",
      'the atm took my card and didnt give it back',
      'how do I get my card back, the atm kept it',
    ],
    article: /held at the branch that runs the ATM/,
    freeze: 'freeze my card',
    freezeIntro: /freeze your card/,
    asks: ['the atm swallowed my card, report it lost', 'atm took my card, freeze it please'],
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe.skipIf(!available)('a card kept by a cash machine, heard as a card flow', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer();
  });
  afterAll(() => kit.close());

  const explained = (r: Reply, locale: Locale): void => {
    expect(r.source?.id, r.text).toBe('atm_card_retained');
    expect(r.kind).toBe('faq');
    expect(r.text).toMatch(S[locale].article);
    expect(r.quickReplies.map((q) => q.text)).toContain(S[locale].freeze);
  };

  it.each(LOCALES)(
    '%s: gets the retained-card article, and its quick reply freezes the card',
    async (locale) => {
      const chat = await Chat.open(kit, 'app', locale);
      explained(await chat.say(S[locale].kept), locale);
      const freeze = await chat.say(S[locale].freeze);
      expect(freeze.kind).toBe('flow');
      expect(freeze.text).toMatch(S[locale].freezeIntro);
      chat.close();
    },
  );

  it.each(LOCALES.flatMap((l) => S[l].heard.map((t) => [l, t] as const)))(
    '%s: "%s" gets the retained-card article, no card flow',
    async (locale, text) => {
      const reply = await expectArticle(kit, locale, text, 'atm_card_retained');
      expect(reply.text).toMatch(S[locale].article);
    },
  );

  it.each(LOCALES.flatMap((l) => S[l].asks.map((t) => [l, t] as const)))(
    '%s: "%s" still starts the card flow',
    async (locale, text) => {
      const chat = await Chat.open(kit, 'app', locale);
      const reply = await chat.say(text);
      expect(reply.kind, reply.text).toBe('flow');
      expect(reply.source).toBeNull();
      chat.close();
    },
  );
});
