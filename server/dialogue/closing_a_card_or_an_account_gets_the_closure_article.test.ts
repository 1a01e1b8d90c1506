/**
 * "信用卡还清了想注消 在哪弄", "上学时办的那张卡以后用不上，想彻底不要了得去哪办？", "paid off cc fully want to cancel
 * it, leftover overpayment where does it go", "how do I shut down my debit account before I leave?" got the
 * credit-card-bill reply, a balance check or "no"; the account-closure article answers them
 * (account_closure_question.ts). A lost card, a booking called off or a phone number cancelled is no closing.
 */
import { describe, expect, it } from 'vitest';
import { appTurn, bareArticle, localeOf, policyPipeline } from './testing/policy_pipeline.ts';
import { catalogFromFiles } from '../nlu/intent_catalog.ts';
import type { FaqHit, IntentScore, KnowledgeBase } from '../nlu/understanding.ts';

import { asksAboutClosing } from './account_closure_question.ts';

const catalog = catalogFromFiles([
  {
    intent: 'credit_card_bill',
    trigger: { type: 'answer' },
    examples: { 'zh-CN': ['信用卡账单'], en: ['credit card bill'] },
    responses: { 'zh-CN': ['credit_card_bill:zh'], en: ['credit_card_bill:en'] },
  },
]);

const article = bareArticle;
const closure = article('account_closure');
const repayment = article('credit_card_repayment_methods');

const questions = [
  '信用卡还清了想注消 在哪弄',
  '毕业要回老家了，上学时办的那张卡以后用不上，想彻底不要了得去哪办？',
  'paid off cc fully want to cancel it, leftover overpayment where does it go',
  'Moving back to the UK for good next month, how do I shut down my debit account before I leave?',
];
const script: Record<string, IntentScore[]> = Object.fromEntries(
  [...questions, '这个月信用卡账单多少', 'how much is my credit card bill'].map((text) => [
    text,
    [{ intent: 'credit_card_bill', confidence: 0.95 }],
  ]),
);
/** The article first but under the threshold and not far ahead. */
const knowledge: KnowledgeBase = {
  size: 2,
  get: (id) => (id === closure.id ? closure : undefined),
  search: (): FaqHit[] => [
    { article: closure, score: 0.43 },
    { article: repayment, score: 0.3 },
  ],
};

const pipeline = policyPipeline(catalog, script, knowledge);

describe('closing a card or an account', () => {
  it.each(questions)('"%s" gets the account-closure article', async (text) => {
    const r = await pipeline.run(text, appTurn(localeOf(text)));
    expect(r.reply).toMatchObject({ kind: 'faq', source: { id: 'account_closure' } });
  });

  it.each([
    ['这个月信用卡账单多少', 'credit_card_bill:zh'],
    ['how much is my credit card bill', 'credit_card_bill:en'],
  ])('"%s" keeps the intent\'s reply', async (text, reply) => {
    const r = await pipeline.run(text, appTurn(localeOf(text)));
    expect(r.reply?.text).toBe(reply);
  });

  it.each([
    '卡丢了，帮我注销',
    '原手机号注销了 预留手机怎么处理',
    'I lost my card, cancel it',
    '离职了工资卡还能用吗 要注销不',
    '接到电话说帮我注销校园贷 是不是骗子',
    'cancel my appointment',
  ])('"%s" is no closing', (text) => {
    expect(asksAboutClosing(text)).toBe(false);
  });
});
