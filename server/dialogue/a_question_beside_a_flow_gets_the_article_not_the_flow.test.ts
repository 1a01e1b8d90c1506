/**
 * "卡冻上了还能收钱不" / "Frozen card, can I still receive money?" started the freeze flow, "储蓄卡余额不够能先花吗"
 * / "can I go overdrawn on my debit card" the balance check (which asks for a verification code), "保险箱钥匙丢了
 * 咋整" / "Lost my locker key" the lost-card flow: the intent model was sure of the flow on one word, though the
 * message never asks for its action and an article that does not cover the flow was ahead of the rest. That
 * article now answers (article_beside_the_flow.ts); a message that asks for the action still starts the flow,
 * whatever article is ahead ("冻结我的卡", "I lost my card", "查一下余额", "check my balance").
 */
import { describe, expect, it } from 'vitest';
import { appTurn, bareArticle, localeOf, policyPipeline } from './testing/policy_pipeline.ts';
import type { Article } from '../knowledge/article_schema.ts';
import { catalogFromFiles } from '../nlu/intent_catalog.ts';
import type { IntentFile } from '../nlu/intent_catalog_schema.ts';
import type { FaqHit, IntentScore, KnowledgeBase } from '../nlu/understanding.ts';

const flow = (name: string): IntentFile => ({
  intent: name,
  trigger: { type: 'flow', flow: name },
  examples: { 'zh-CN': [name], en: [name] },
  responses: { 'zh-CN': [`${name}:zh`], en: [`${name}:en`] },
});
const catalog = catalogFromFiles(
  ['check_balance', 'freeze_card', 'unfreeze_card', 'report_lost_card'].map(flow),
);

const article = bareArticle;
const effects = article('card_freeze_effects', []);
const overdraft = article('overdraft', ['credit_limit']);
const box = article('safe_deposit_box', []);
const loanBalance = article('loan_balance_inquiry', []);
const restricted = article('account_restricted_by_bank', ['unfreeze_card']);
const lostCard = article('lost_card_procedure', ['report_lost_card', 'freeze_card']);
const other = article('transfer_fees', ['transfer_money']);
const rates = article('deposit_interest_rates', ['deposit_rates']);

/** Per message: the intent the model was sure of, and retrieval's top two (scores as measured). */
const cases: Record<string, [string, [Article, number], [Article, number]]> = {
  卡冻上了还能收钱不: ['freeze_card', [effects, 0.36], [other, 0.26]],
  'Frozen card, can I still receive money?': ['unfreeze_card', [effects, 0.39], [other, 0.28]],
  储蓄卡余额不够能先花吗: ['check_balance', [overdraft, 0.29], [other, 0.14]],
  'can I go overdrawn on my debit card': ['check_balance', [overdraft, 0.83], [other, 0.21]],
  保险箱钥匙丢了咋整: ['report_lost_card', [box, 0.68], [lostCard, 0.14]],
  'Lost my locker key': ['report_lost_card', [box, 0.53], [lostCard, 0.24]],
  冻结我的卡: ['freeze_card', [restricted, 0.78], [lostCard, 0.54]],
  能帮我冻结一下卡吗: ['freeze_card', [effects, 0.78], [other, 0.2]],
  'can I freeze my card?': ['freeze_card', [effects, 0.51], [other, 0.22]],
  'I lost my card': ['report_lost_card', [box, 0.87], [other, 0.2]],
  我的卡丢了咋整: ['report_lost_card', [box, 0.49], [other, 0.29]],
  查一下余额: ['check_balance', [loanBalance, 0.61], [other, 0.25]],
  'check my balance': ['check_balance', [loanBalance, 0.78], [other, 0.2]],
  'can I check my balance': ['check_balance', [loanBalance, 0.78], [other, 0.2]],
  我想解冻我的卡: ['unfreeze_card', [effects, 0.6], [other, 0.19]],
  活期里头现在多少: ['check_balance', [rates, 0.25], [other, 0.12]],
  'get my card working again after the freeze': ['unfreeze_card', [effects, 0.67], [other, 0.26]],
};

const script: Record<string, IntentScore[]> = Object.fromEntries(
  Object.entries(cases).map(([text, [intent]]) => [text, [{ intent, confidence: 0.95 }]]),
);
const knowledge: KnowledgeBase = {
  size: 8,
  get: () => undefined,
  search: (q): FaqHit[] => {
    const c = cases[q];
    return c ? [c[1], c[2]].map(([a, score]) => ({ article: a, score })) : [];
  },
};

const pipeline = policyPipeline(catalog, script, knowledge, null);

describe('a question about something beside the flow it was heard as', () => {
  it.each([
    ['卡冻上了还能收钱不', 'card_freeze_effects'],
    ['Frozen card, can I still receive money?', 'card_freeze_effects'],
    ['储蓄卡余额不够能先花吗', 'overdraft'],
    ['can I go overdrawn on my debit card', 'overdraft'],
    ['保险箱钥匙丢了咋整', 'safe_deposit_box'],
    ['Lost my locker key', 'safe_deposit_box'],
  ])('"%s" gets the %s article, and no flow starts', async (text, id) => {
    const r = await pipeline.run(text, appTurn(localeOf(text)));
    expect(r.reply).toMatchObject({ kind: 'faq', source: { id } });
  });

  it.each([
    ['冻结我的卡', 'freeze_card'],
    ['能帮我冻结一下卡吗', 'freeze_card'],
    ['can I freeze my card?', 'freeze_card'],
    ['I lost my card', 'report_lost_card'],
    ['我的卡丢了咋整', 'report_lost_card'],
    ['查一下余额', 'check_balance'],
    ['check my balance', 'check_balance'],
    ['can I check my balance', 'check_balance'],
    ['我想解冻我的卡', 'unfreeze_card'],
    ['活期里头现在多少', 'check_balance'],
    ['get my card working again after the freeze', 'unfreeze_card'],
  ])('"%s" asks for the action: the %s flow starts', async (text, intent) => {
    const r = await pipeline.run(text, appTurn(localeOf(text)));
    expect(r.decision).toMatchObject({ type: 'intent', intent });
    expect(r.reply?.source ?? null).toBeNull();
  });
});
