/**
 * "app推送提醒收钱不" got the unlock_account reply, "Can I handle banking for my elderly mum? she's 78" the
 * open_account one: the intent model was sure of an intent with its own reply, while one article that does not
 * cover that intent was far ahead of the rest, under the FAQ threshold. That article now answers
 * (article_beside_the_answer.ts); an article only a little ahead, or one that covers the intent, leaves the
 * intent's reply ("公积金账户里有多少", "is there an ATM in the shopping mall").
 */
import { describe, expect, it } from 'vitest';
import { appTurn, bareArticle, localeOf, policyPipeline } from './testing/policy_pipeline.ts';
import type { Article } from '../knowledge/article_schema.ts';
import { catalogFromFiles } from '../nlu/intent_catalog.ts';
import type { IntentFile } from '../nlu/intent_catalog_schema.ts';
import type { FaqHit, IntentScore, KnowledgeBase } from '../nlu/understanding.ts';

const answer = (name: string): IntentFile => ({
  intent: name,
  trigger: { type: 'answer' },
  examples: { 'zh-CN': [name], en: [name] },
  responses: { 'zh-CN': [`${name}:zh`], en: [`${name}:en`] },
});
const catalog = catalogFromFiles(
  ['unlock_account', 'open_account', 'social_security', 'find_branch'].map(answer),
);

const article = bareArticle;
const alerts = article('sms_transaction_alerts', []);
const elderly = article('elderly_services', []);
const prepayment = article('mortgage_prepayment', ['mortgage']);
const mortgage = article('mortgage_application', ['mortgage']);
const atm = article('atm_withdrawal_limit', []);
const branches = article('branch_locations', ['find_branch']);
const other = article('transfer_fees', ['transfer_money']);

/** Per message: the intent the model was sure of, and retrieval's top two (scores as measured). */
const cases: Record<string, [string, [Article, number], [Article, number]]> = {
  app推送提醒收钱不: ['unlock_account', [alerts, 0.42], [other, 0.2]],
  "Can I handle banking for my elderly mum? she's 78": ['open_account', [elderly, 0.42], [other, 0.1]],
  公积金账户里有多少: ['social_security', [prepayment, 0.44], [mortgage, 0.34]],
  'is there an ATM in the shopping mall': ['find_branch', [atm, 0.39], [branches, 0.31]],
  你们网点在哪: ['find_branch', [branches, 0.44], [other, 0.1]],
};

const script: Record<string, IntentScore[]> = Object.fromEntries(
  Object.entries(cases).map(([text, [intent]]) => [text, [{ intent, confidence: 0.95 }]]),
);
const knowledge: KnowledgeBase = {
  size: 7,
  get: () => undefined,
  search: (q): FaqHit[] => {
    const c = cases[q];
    return c ? [c[1], c[2]].map(([a, score]) => ({ article: a, score })) : [];
  },
};

const pipeline = policyPipeline(catalog, script, knowledge, null);

describe('a question heard as an intent with its own reply, with an article on another subject far ahead', () => {
  it.each([
    ['app推送提醒收钱不', 'sms_transaction_alerts'],
    ["Can I handle banking for my elderly mum? she's 78", 'elderly_services'],
  ])('"%s" gets the %s article, not the intent\'s reply', async (text, id) => {
    const r = await pipeline.run(text, appTurn(localeOf(text)));
    expect(r.reply).toMatchObject({ kind: 'faq', source: { id } });
  });

  it.each([
    ['公积金账户里有多少', 'social_security:zh'],
    ['is there an ATM in the shopping mall', 'find_branch:en'],
    ['你们网点在哪', 'find_branch:zh'],
  ])('"%s" keeps the intent\'s reply: "%s"', async (text, reply) => {
    const r = await pipeline.run(text, appTurn(localeOf(text)));
    expect(r.reply?.text).toBe(reply);
  });
});
