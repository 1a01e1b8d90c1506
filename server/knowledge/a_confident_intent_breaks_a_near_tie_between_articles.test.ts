/**
 * An answer intent the customer was confidently heard asking, and the articles retrieval found for the
 * question: the policy answers with the article that fits the intent (its `intents:` names it) when
 * retrieval cannot tell it from the top one, and keeps a clear retrieval winner from another subject,
 * which on the held-out questions was the right answer every time the intent model disagreed.
 */
import { describe, expect, it } from 'vitest';
import { ThresholdPolicy } from '../dialogue/threshold_policy.ts';
import { DEFAULT_INTENTS_DIR } from '../handoff/model/everyday_examples.ts';
import { loadIntentCatalog } from '../nlu/intent_catalog.ts';
import type { FaqHit, Understanding } from '../nlu/understanding.ts';
import type { TurnContext } from '../pipeline/stages.ts';
import type { Article } from './article_schema.ts';

const catalog = loadIntentCatalog(DEFAULT_INTENTS_DIR);
const policy = new ThresholdPolicy(catalog, {
  intentThreshold: 0.55,
  clarifyFloor: 0.25,
  clarifyMargin: 0.15,
  faqThreshold: 0.45,
});

const article = (id: string, intents?: string[]): Article => ({
  id,
  locale: 'en',
  title: id,
  questions: [id],
  tags: [],
  ...(intents ? { intents } : {}),
  answer: `${id} answer`,
  path: `knowledge/en/${id}.md`,
});
const replacementFee = article('card_replacement_fee', ['report_lost_card', 'required_documents']);
const activation = article('card_activation', ['activate_card']);
const socialSecurity = article('social_security_card', ['social_security']);

const understood = (text: string, intent: string, faq: FaqHit[]): Understanding => ({
  text,
  locale: 'en',
  intent: {
    top: { intent, confidence: 0.98 },
    ranking: [
      { intent, confidence: 0.98 },
      { intent: 'open_account', confidence: 0.01 },
    ],
    outOfScope: false,
  },
  entities: [],
  faq,
  sentiment: 0,
});
const ctx = {} as TurnContext;
const answeredWith = (u: Understanding): string | null => {
  const d = policy.decide(u, ctx);
  return d.type === 'faq' ? d.hit.article.id : null;
};

describe('an answer intent and the articles found for the question', () => {
  it('answers with the article fitting the intent when retrieval scores it about the same as the top one', () => {
    const u = understood('activate my replacement card', 'activate_card', [
      { article: replacementFee, score: 0.62 },
      { article: activation, score: 0.6 },
    ]);
    expect(answeredWith(u)).toBe('card_activation');
    expect(policy.decide(u, ctx)).toMatchObject({ type: 'faq', intent: 'activate_card' });
  });

  it('keeps the top article when it fits the intent itself', () => {
    const u = understood('activate my card', 'activate_card', [
      { article: activation, score: 0.7 },
      { article: replacementFee, score: 0.68 },
    ]);
    expect(answeredWith(u)).toBe('card_activation');
  });

  it('keeps a clear retrieval winner from another subject (the intent model is often wrong there)', () => {
    // "新领的社保卡要激活吗": heard as activate_card, answered by the social security card article.
    const u = understood('do I activate a new social security card', 'activate_card', [
      { article: socialSecurity, score: 0.8 },
      { article: activation, score: 0.5 },
    ]);
    expect(answeredWith(u)).toBe('social_security_card');
  });

  it('does not answer with a fitting article below the FAQ threshold', () => {
    const u = understood('activate my replacement card', 'activate_card', [
      { article: replacementFee, score: 0.46 },
      { article: activation, score: 0.44 },
    ]);
    expect(answeredWith(u)).toBe('card_replacement_fee');
  });

  it('treats an article without `intents:` as fitting any intent', () => {
    const loose = article('branch_hours');
    const u = understood('when do you open', 'activate_card', [
      { article: loose, score: 0.6 },
      { article: activation, score: 0.59 },
    ]);
    expect(answeredWith(u)).toBe('branch_hours');
  });
});
