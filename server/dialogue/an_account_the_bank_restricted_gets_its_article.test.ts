/**
 * "app首页弹出来说我账户交易受限，让补充资料说明资金用途，这啥情况", "我的卡突然不能用了 显示非柜面交易受限", "my account
 * got locked out of nowhere, app says unusual activity" got the login-lock (unlock_account), declined-card or
 * fraud reply; the article on accounts restricted by the bank answers them (restricted_account_question.ts). A
 * login locked by wrong passwords keeps its reply, and a scam story about a "safe account" is left to the
 * fraud handling.
 */
import { describe, expect, it } from 'vitest';
import { appTurn, bareArticle, localeOf, policyPipeline } from './testing/policy_pipeline.ts';
import { catalogFromFiles } from '../nlu/intent_catalog.ts';
import type { FaqHit, IntentScore, KnowledgeBase } from '../nlu/understanding.ts';

import { asksAboutRestrictedAccount } from './restricted_account_question.ts';

const catalog = catalogFromFiles([
  {
    intent: 'unlock_account',
    trigger: { type: 'answer' },
    examples: { 'zh-CN': ['账户锁了'], en: ['account locked'] },
    responses: { 'zh-CN': ['unlock_account:zh'], en: ['unlock_account:en'] },
  },
]);

const article = bareArticle;
const restricted = article('account_restricted_by_bank');
const passwords = article('password_reset_procedure');

const questions = [
  'app首页弹出来说我账户交易受限，让补充资料说明资金用途，这啥情况',
  '我的卡突然不能用了 显示非柜面交易受限 啥原因',
  'my account got locked out of nowhere, app says unusual activity, what do i do to get it back',
  'Your bank suddenly blocked my account and the app says something about checking my ID and what the money is for',
];
const script: Record<string, IntentScore[]> = Object.fromEntries(
  [...questions, '密码输错三次账户被锁了', 'locked out after three wrong passwords'].map((text) => [
    text,
    [{ intent: 'unlock_account', confidence: 0.95 }],
  ]),
);
/** The article first but under the threshold and not far ahead. */
const knowledge: KnowledgeBase = {
  size: 2,
  get: (id) => (id === restricted.id ? restricted : undefined),
  search: (): FaqHit[] => [
    { article: restricted, score: 0.43 },
    { article: passwords, score: 0.3 },
  ],
};

const pipeline = policyPipeline(catalog, script, knowledge);

describe('an account the bank has restricted', () => {
  it.each(questions)('"%s" gets the article on accounts restricted by the bank', async (text) => {
    const r = await pipeline.run(text, appTurn(localeOf(text)));
    expect(r.reply).toMatchObject({ kind: 'faq', source: { id: 'account_restricted_by_bank' } });
  });

  // An angry "凭什么限制我的账户" must still reach the handoff policy as the intent it was heard as: the article
  // answers, but does not overrule what the intent model heard (as for closing an account).
  it.each(questions)('"%s" keeps the intent the model heard for the handoff policy', async (text) => {
    const r = await pipeline.run(text, appTurn(localeOf(text)));
    expect(r.decision).toMatchObject({ type: 'faq', hit: { article: { id: 'account_restricted_by_bank' } } });
    expect(r.decision).not.toHaveProperty('overrulesIntent');
  });

  it.each([
    ['密码输错三次账户被锁了', 'unlock_account:zh'],
    ['locked out after three wrong passwords', 'unlock_account:en'],
  ])('"%s" keeps the intent\'s reply', async (text, reply) => {
    const r = await pipeline.run(text, appTurn(localeOf(text)));
    expect(r.reply?.text).toBe(reply);
  });

  it.each([
    '二类卡和绑定卡互转有没有限制',
    '说我账户涉案要转到安全账户',
    'a caller said my account is restricted and I must move money to a safe account',
  ])('"%s" is no restricted account asked about', (text) => {
    expect(asksAboutRestrictedAccount(text)).toBe(false);
  });
});
