/**
 * "I lost my card, how long does a replacement take?" / "我卡丢了，补卡要多少钱" got only the replacement article:
 * the card stayed open to whoever found it, and nothing offered to stop it. The article still answers the
 * question, after a line that the loss report comes first, and a quick reply starts the report (verification
 * first); a message heard as the loss report itself starts it. A replacement asked about with no card lost
 * gets the article alone. Through the real server
 * (trained models, knowledge, flows, handoff, Redis), in both locales.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { expectArticle } from './support/expect_article.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const S = {
  'zh-CN': {
    lost: [
      '我卡丢了，补卡要多少钱',
      '卡丢了，补卡要多久',
      '银行卡不见了，补办一张要多少钱',
      '信用卡被偷了，补卡要几天',
    ],
    notLost: '补卡要多少钱',
    aside: /^卡丢了的话，请先挂失/,
    button: '帮我挂失银行卡',
  },
  en: {
    lost: [
      'I lost my card, how long does a replacement take?',
      "I lost my card yesterday, what's the fee for a new one?",
    ],
    notLost: 'how much is a replacement card?',
    aside: /^If your card is lost, report it first/,
    button: 'report my card lost',
  },
} as const;

describe.skipIf(!available)('a question from someone whose card is lost', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ features: [handoffForTests()] });
  });
  afterAll(() => kit.close());

  it.each(['zh-CN', 'en'] as const)(
    '%s: answered, after the loss report is offered first; the button starts it',
    async (locale: Locale) => {
      const s = S[locale];
      for (const text of s.lost) {
        const chat = await Chat.open(kit, 'app', locale);
        const reply = await chat.say(text);
        const seen = `${text} -> ${reply.text}`;
        // Heard as the loss report itself ("我卡丢了，…"): it starts at once, which is what the line offers.
        if (reply.kind === 'flow') {
          expect(reply.intent, seen).toBe('report_lost_card');
          chat.close();
          continue;
        }
        expect(reply.kind, seen).toBe('faq');
        expect(reply.source?.id, seen).toBe('card_replacement_fee');
        expect(reply.text, seen).toMatch(s.aside);
        expect(
          reply.quickReplies.map((q) => q.text),
          seen,
        ).toEqual([s.button]);
        const report = await chat.say(s.button);
        expect(report.intent, report.text).toBe('report_lost_card');
        expect(report.card?.type, report.text).toBe('verify');
        chat.close();
      }
    },
  );

  it.each(['zh-CN', 'en'] as const)('%s: no card lost, the article alone', async (locale: Locale) => {
    const s = S[locale];
    const reply = await expectArticle(kit, locale, s.notLost, 'card_replacement_fee');
    expect(reply.text).not.toMatch(s.aside);
  });
});
