/**
 * "I'm deaf, can I do everything by chat?" got a goodbye, "my mum is 85 and can't use smartphones" the
 * out-of-scope fallback, though one article scored far ahead of every other (below the FAQ threshold). That
 * article now answers, with its source; a lead that is not clear, or a real greeting, keeps the old reply.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../knowledge/article_schema.ts';
import type { FaqHit, KnowledgeBase } from '../nlu/understanding.ts';
import { fakePipeline, FAKE_SCRIPT } from '../pipeline/testing/fake_pipeline.ts';
import { appTurn } from './testing/policy_pipeline.ts';

const ctx = appTurn('en');

const article = (id: string, answer: string): Article => ({
  id,
  locale: 'en',
  title: id,
  questions: [],
  tags: [],
  answer,
  path: `knowledge/en/${id}.md`,
});
const access = article('accessibility_services', 'Sign language video service on weekdays.');
const other = article('branch_locations', 'Two branches.');

/** Scores per query: the accessibility article first, then the other one. */
const kb = (scores: Record<string, [number, number]>): KnowledgeBase => ({
  size: 2,
  get: (id) => (id === access.id ? access : other),
  search: (q): FaqHit[] => {
    const s = scores[q];
    return s
      ? [
          { article: access, score: s[0] },
          { article: other, score: s[1] },
        ]
      : [];
  },
});

const script = {
  ...FAKE_SCRIPT,
  'deaf, chat only?': [{ intent: 'greeting', confidence: 0.9 }],
};

describe('one article far ahead of the rest', () => {
  it('answers a message the intent model found nothing in', async () => {
    const r = await fakePipeline({ knowledge: kb({ 'deaf sign language': [0.25, 0.05] }) }).run(
      'deaf sign language',
      ctx,
    );
    expect(r.reply).toMatchObject({ kind: 'faq', text: access.answer, source: { id: access.id } });
    expect(r.context.fallbackCount).toBe(0);
  });

  it('answers a message heard as a social intent that is no social remark', async () => {
    const r = await fakePipeline({
      script,
      knowledge: kb({ 'deaf, chat only?': [0.21, 0.01] }),
    }).run('deaf, chat only?', ctx);
    expect(r.reply).toMatchObject({ kind: 'faq', source: { id: access.id } });
  });

  // Not "deaf sign language": a customer who names a disability gets the accessibility article by rule
  // (disability_question.ts), whatever retrieval scored.
  it('keeps the fallback when the lead is not clear or the score too low', async () => {
    for (const scores of [
      [0.25, 0.2],
      [0.15, 0.01],
    ] as Array<[number, number]>) {
      const r = await fakePipeline({ knowledge: kb({ 'text chat only': scores }) }).run(
        'text chat only',
        ctx,
      );
      expect(r.reply?.kind).toBe('fallback');
    }
  });

  it('keeps a real greeting a greeting', async () => {
    const r = await fakePipeline({ knowledge: kb({ hello: [0.3, 0.01] }) }).run('hello', ctx);
    expect(r.reply).toMatchObject({ kind: 'intent', intent: 'greeting' });
  });
});
