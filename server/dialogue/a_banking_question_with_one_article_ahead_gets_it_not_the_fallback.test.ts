/**
 * "app上一天最多能转出去多少钱" and "dog chewed my card lol. does it cost anything to get a new one" got "that is
 * outside the banking services I can help with", though retrieval ranked the right article first: no intent
 * was confident, the article scored under the FAQ threshold and was not twice the runner-up. When the intent
 * model finds the message more likely banking than not and the article is ahead of the rest
 * (in_scope_lead.ts), the article answers. Messages that sound like something else ("what's the weather
 * tomorrow", nonsense) keep the fallback, and "附近哪里有好吃的火锅", which got the branch locations (far ahead of
 * the rest, `clear_lead.ts`), now gets it too. The rule on its own, and through the real server in both
 * languages.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../knowledge/article_schema.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import type { FaqHit, Understanding } from '../nlu/understanding.ts';
import { FAKE_CATALOG } from '../pipeline/testing/fake_pipeline.ts';
import type { Locale } from '../protocol/protocol.ts';
import { expectArticle } from '../test/support/expect_article.ts';
import { appTurn } from './testing/policy_pipeline.ts';
import { ThresholdPolicy } from './threshold_policy.ts';

const policy = new ThresholdPolicy(FAKE_CATALOG, {
  intentThreshold: 0.55,
  clarifyFloor: 0.25,
  clarifyMargin: 0.15,
  faqThreshold: 0.45,
});

const article = (id: string, locale: Locale): Article => ({
  id,
  locale,
  title: id,
  questions: [],
  tags: [],
  answer: `${id} answer`,
  path: `knowledge/${locale}/${id}.md`,
});

const ctx = appTurn;

/** Heard as out of scope (no intent confident), with the out-of-scope class at `oos` and two articles. */
const understood = (
  text: string,
  locale: Locale,
  oos: number | undefined,
  [top, next]: [number, number],
): Understanding => {
  const faq: FaqHit[] = [
    { article: article('transfer_limits', locale), score: top },
    { article: article('atm_withdrawal_limit', locale), score: next },
  ];
  return {
    text,
    locale,
    intent: {
      top: null,
      ranking: [{ intent: 'check_balance', confidence: 0.3 }],
      outOfScope: true,
      ...(oos === undefined ? {} : { outOfScopeConfidence: oos }),
    },
    entities: [],
    faq,
    sentiment: 0,
  };
};

describe('a weak top article in a message heard as banking', () => {
  it.each([
    ['zh-CN', 'app上一天最多能转出去多少钱'],
    ['en', 'how much can I move out of the app in a day'],
  ] as Array<[Locale, string]>)('%s "%s" gets the article, not the fallback', (locale, text) => {
    const d = policy.decide(understood(text, locale, 0.02, [0.3, 0.2]), ctx(locale));
    expect(d).toMatchObject({ type: 'faq', hit: { article: { id: 'transfer_limits' } } });
  });

  it.each([
    ['sounds like something else', 0.9, [0.3, 0.2]],
    ['sounds like something else, though far ahead', 0.95, [0.44, 0.11]],
    ['no out-of-scope reading', undefined, [0.3, 0.2]],
    ['top article too weak', 0.02, [0.18, 0.05]],
    ['runner-up too close', 0.02, [0.3, 0.25]],
  ] as Array<[string, number | undefined, [number, number]]>)('keeps the fallback: %s', (_, oos, scores) => {
    for (const locale of ['zh-CN', 'en'] as Locale[]) {
      expect(policy.decide(understood('x', locale, oos, scores), ctx(locale)).type).toBe('fallback');
    }
  });
});

describe('through the real server', () => {
  const kit = useTransactionsServer({ redis: false }, 180_000);

  it.each([
    ['zh-CN', 'app上一天最多能转出去多少钱', 'transfer_limits'],
    ['zh-CN', '想给卡设个每天消费上限 在哪设', 'card_payment_controls'],
    ['en', 'dog chewed my card lol. does it cost anything to get a new one', 'card_replacement_fee'],
    [
      'en',
      "Can I switch off tap-to-pay without a PIN on my card? Worried someone could use it if it's nicked",
      'card_payment_controls',
    ],
  ] as Array<[Locale, string, string]>)('%s "%s" gets the %s article', async (locale, text, id) => {
    await expectArticle(kit(), locale, text, id);
  });

  it.each([
    ['zh-CN', '附近哪里有好吃的火锅', /超出了我能帮您办理的银行业务范围/],
    ['zh-CN', 'asdfghjkl 嗷嗷嗷', /超出了我能帮您办理的银行业务范围/],
    ['en', "what's the weather tomorrow", /outside the banking services I can help with/],
    ['en', 'qwzx blorp fnord', /outside the banking services I can help with/],
  ] as Array<[Locale, string, RegExp]>)('%s "%s" keeps the fallback', async (locale, text, line) => {
    const chat = await Chat.open(kit(), 'app', locale);
    const reply = await chat.say(text);
    chat.close();
    expect(reply.source ?? null).toBeNull();
    expect(reply.kind).toBe('fallback');
    expect(reply.text).toMatch(line);
  });
});
