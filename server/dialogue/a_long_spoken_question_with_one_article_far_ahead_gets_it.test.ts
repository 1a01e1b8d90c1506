/**
 * "我金卡每年扣十块钱 这个怎么样才能不扣啊" got "that is outside the banking services I can help with", though the
 * account-fees article was ranked first at more than twice the runner-up: a long spoken question, told with the
 * customer's circumstances and asides, scored under the floor a clear lead needs. In a long message the intent
 * model finds banking, such a lead answers (long_question_lead.ts); a short one, a lead that is not far ahead,
 * and a long message heard as something else keep the fallback.
 */
import { describe, expect, it } from 'vitest';
import type { FaqHit, Understanding } from '../nlu/understanding.ts';
import { FAKE_CATALOG } from '../pipeline/testing/fake_pipeline.ts';
import type { Locale } from '../protocol/protocol.ts';
import { ThresholdPolicy } from './threshold_policy.ts';
import { appTurn, bareArticle } from './testing/policy_pipeline.ts';

const policy = new ThresholdPolicy(FAKE_CATALOG, {
  intentThreshold: 0.55,
  clarifyFloor: 0.25,
  clarifyMargin: 0.15,
  faqThreshold: 0.45,
});

/** Heard as out of scope (no intent confident), with the out-of-scope class at `oos` and two articles. */
const understood = (
  text: string,
  locale: Locale,
  oos: number,
  [top, next]: [number, number],
): Understanding => {
  const faq: FaqHit[] = [
    { article: bareArticle('account_management_fees'), score: top },
    { article: bareArticle('minimum_payment_interest'), score: next },
  ];
  return {
    text,
    locale,
    intent: { top: null, ranking: [], outOfScope: true, outOfScopeConfidence: oos },
    entities: [],
    faq,
    sentiment: 0,
  };
};

const LONG: Array<[Locale, string]> = [
  ['zh-CN', '我那张金卡每年都要扣十块钱 我想问问怎么样才能让它不扣啊'],
  [
    'en',
    'so um every year they take ten yuan off my gold card and I was wondering how I can get them to stop',
  ],
];

describe('a long spoken question with one article far ahead, under the clear-lead floor', () => {
  it.each(LONG)('%s "%s" gets the article, not the fallback', (locale, text) => {
    const d = policy.decide(understood(text, locale, 0.1, [0.14, 0.06]), appTurn(locale));
    expect(d).toMatchObject({ type: 'faq', hit: { article: { id: 'account_management_fees' } } });
  });

  it.each(LONG)('%s "%s" keeps the fallback when the article is not far ahead', (locale, text) => {
    expect(policy.decide(understood(text, locale, 0.1, [0.14, 0.1]), appTurn(locale)).type).toBe('fallback');
  });

  it.each(LONG)('%s "%s" keeps the fallback when it sounds like something else', (locale, text) => {
    expect(policy.decide(understood(text, locale, 0.7, [0.14, 0.06]), appTurn(locale)).type).toBe('fallback');
  });

  it.each([
    ['zh-CN', '金卡扣十块钱'],
    ['en', 'gold card ten yuan fee'],
  ] as Array<[Locale, string]>)('%s "%s" (short) keeps the fallback', (locale, text) => {
    expect(policy.decide(understood(text, locale, 0.1, [0.14, 0.06]), appTurn(locale)).type).toBe('fallback');
  });
});
