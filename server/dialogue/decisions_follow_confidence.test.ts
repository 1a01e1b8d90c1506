import { describe, expect, it } from 'vitest';
import type { Article } from '../knowledge/article_schema.ts';
import type { FaqHit, KnowledgeBase } from '../nlu/understanding.ts';
import { fakePipeline } from '../pipeline/testing/fake_pipeline.ts';
import type { TurnContext } from '../pipeline/stages.ts';
import type { SessionRecord } from '../session/session_record.ts';
import { appTurn } from './testing/policy_pipeline.ts';

const ctx = (over: Partial<SessionRecord> = {}): TurnContext => appTurn('en', over);

const hoursArticle: Article = {
  id: 'branch_hours',
  locale: 'en',
  title: 'Branch opening hours',
  questions: ['when do you open'],
  tags: [],
  answer: 'Sandbox Bank branches open 9:00-17:00 on weekdays.',
  path: 'knowledge/en/branch_hours.md',
};
/** A knowledge base that returns the article for any query mentioning hours. */
const kb = (score: number): KnowledgeBase => ({
  size: 1,
  get: () => hoursArticle,
  search: (q): FaqHit[] => (/hours|open/.test(q) ? [{ article: hoursArticle, score }] : []),
});

describe('the decision policy', () => {
  it('answers a confident intent with its response', async () => {
    const r = await fakePipeline().run('hello', ctx());
    expect(r.decision.type).toBe('intent');
    expect(r.reply).toMatchObject({
      kind: 'intent',
      intent: 'greeting',
      text: 'greeting:en',
      expression: 'happy',
    });
  });

  it('prefers a matching FAQ article over an answer intent, and shows its source', async () => {
    const r = await fakePipeline({ knowledge: kb(0.9) }).run('opening hours', ctx());
    expect(r.decision.type).toBe('faq');
    expect(r.reply).toMatchObject({
      kind: 'faq',
      intent: 'branch_hours',
      text: hoursArticle.answer,
      source: { id: 'branch_hours', title: 'Branch opening hours' },
    });
  });

  it('keeps the intent response when the FAQ match is weak', async () => {
    const r = await fakePipeline({ knowledge: kb(0.2) }).run('opening hours', ctx());
    expect(r.reply?.kind).toBe('intent');
    expect(r.reply?.source).toBeNull();
  });

  it('starts a flow intent even when an FAQ matches', async () => {
    const r = await fakePipeline({ knowledge: kb(0.9) }).run('check my balance', ctx());
    expect(r.decision).toMatchObject({ type: 'intent', trigger: { type: 'flow', flow: 'check_balance' } });
    expect(r.reply?.kind).toBe('flow');
  });

  it('asks a clarifying question with the top two intents as quick replies on a close call', async () => {
    const r = await fakePipeline().run('my card', ctx());
    expect(r.decision.type).toBe('clarify');
    expect(r.reply?.quickReplies.map((q) => q.text)).toEqual(['freeze my card', 'I lost my card']);
    expect(r.context.pendingClarify).toEqual(['freeze_card', 'report_lost_card']);
  });

  it('falls back honestly on nonsense and counts fallbacks per session', async () => {
    const first = await fakePipeline().run('zxqv blorp', ctx());
    expect(first.reply).toMatchObject({ kind: 'fallback', intent: null });
    expect(first.reply?.text).toMatch(/outside the banking services/);
    expect(first.context.fallbackCount).toBe(1);
    const second = await fakePipeline().run('zxqv blorp', ctx({ context: first.context }));
    expect(second.context.fallbackCount).toBe(2);
  });
});
