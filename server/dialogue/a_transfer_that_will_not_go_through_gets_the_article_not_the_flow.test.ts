/**
 * "卡一年多没用了 想转钱转不出去 咋回事" started the transfer flow: the intent model heard 转钱, though the customer
 * tells a transfer that will not go through and asks why, and the dormant-account article (which does not cover
 * the transfer) was ahead of the rest. That article now answers (article_beside_the_flow.ts); a message that
 * asks for a transfer still starts the flow, whatever article is ahead.
 */
import { describe, expect, it } from 'vitest';
import { appTurn, bareArticle, localeOf, policyPipeline } from './testing/policy_pipeline.ts';
import type { Article } from '../knowledge/article_schema.ts';
import { catalogFromFiles } from '../nlu/intent_catalog.ts';
import type { FaqHit, IntentScore, KnowledgeBase } from '../nlu/understanding.ts';

const catalog = catalogFromFiles([
  {
    intent: 'transfer_money',
    trigger: { type: 'flow', flow: 'transfer_money' },
    examples: { 'zh-CN': ['转账'], en: ['transfer'] },
    responses: { 'zh-CN': ['transfer:zh'], en: ['transfer:en'] },
  },
]);

const dormancy = bareArticle('account_dormancy', []);
const restricted = bareArticle('account_restricted_by_bank', []);
const failed = bareArticle('transfer_failed', ['transfer_status', 'transfer_money']);

/** Per message: retrieval's top two (the intent model is sure of the transfer flow for every one). */
const cases: Record<string, [[Article, number], [Article, number]]> = {
  '卡好久没用了 转钱转不出去 咋回事': [
    [dormancy, 0.25],
    [failed, 0.15],
  ],
  '这张卡汇款一直不成功 为什么': [
    [restricted, 0.3],
    [failed, 0.2],
  ],
  "why can't I send money from this account any more": [
    [dormancy, 0.3],
    [failed, 0.2],
  ],
  'why do my transfers keep getting rejected on this old account': [
    [dormancy, 0.32],
    [failed, 0.22],
  ],
  '卡好久没用了 我想转钱': [
    [dormancy, 0.25],
    [failed, 0.15],
  ],
  'I want to send money from my old account': [
    [dormancy, 0.3],
    [failed, 0.2],
  ],
};

const script: Record<string, IntentScore[]> = Object.fromEntries(
  Object.keys(cases).map((text) => [text, [{ intent: 'transfer_money', confidence: 0.95 }]]),
);
const knowledge: KnowledgeBase = {
  size: 3,
  get: () => undefined,
  search: (q): FaqHit[] => (cases[q] ?? []).map(([article, score]) => ({ article, score })),
};

const pipeline = policyPipeline(catalog, script, knowledge, null);

describe('a transfer that will not go through, heard as the transfer flow', () => {
  it.each([
    ['卡好久没用了 转钱转不出去 咋回事', 'account_dormancy'],
    ['这张卡汇款一直不成功 为什么', 'account_restricted_by_bank'],
    ["why can't I send money from this account any more", 'account_dormancy'],
    ['why do my transfers keep getting rejected on this old account', 'account_dormancy'],
  ])('"%s" gets the %s article, and no flow starts', async (text, id) => {
    const r = await pipeline.run(text, appTurn(localeOf(text)));
    expect(r.reply).toMatchObject({ kind: 'faq', source: { id } });
  });

  it.each([['卡好久没用了 我想转钱'], ['I want to send money from my old account']])(
    '"%s" asks for a transfer: the flow starts',
    async (text) => {
      const r = await pipeline.run(text, appTurn(localeOf(text)));
      expect(r.decision).toMatchObject({ type: 'intent', intent: 'transfer_money' });
      expect(r.reply?.source ?? null).toBeNull();
    },
  );
});
