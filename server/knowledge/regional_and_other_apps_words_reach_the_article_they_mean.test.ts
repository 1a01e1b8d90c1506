import { describe, expect, it } from 'vitest';
import type { Locale } from '../protocol/protocol.ts';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

// The shipped knowledge base. Customers write in the words of their region or of another bank or app:
// Cantonese (唔, 咗, 点算, 撳钱, 户口 for an account, 出粮, 截数日, 碌卡, 入票), Taiwan's 户头 and 简讯,
// 信贷报告 and 月结单; in English a "credit line", "pay in 4" as with Afterpay or Klarna, a pension that
// "shows up". Each must reach the article the words mean.
const kb = shippedKnowledgeBase();

describe('regional and other apps words', () => {
  const cases: Array<[string, Locale, string]> = [
    ['部柜员机将我张卡食咗入去，唔肯吐返出嚟', 'zh-CN', 'atm_card_retained'],
    ['想睇下自己嘅信贷报告', 'zh-CN', 'credit_report'],
    ['转咗新工，个出粮户口点样开？', 'zh-CN', 'payroll_account'],
    ['张信用卡嘅截数日太早，想推迟几日得唔得', 'zh-CN', 'credit_card_due_date_change'],
    ['每次碌卡都想收到简讯提示', 'zh-CN', 'sms_transaction_alerts'],
    ['户头给银行锁住了，怎么恢复', 'zh-CN', 'account_restricted_by_bank'],
    ['户头不用了想结清，要带什么去', 'zh-CN', 'account_closure'],
    ['户口冇钱仲可以碌卡吗', 'zh-CN', 'overdraft'],
    ['入二十万现金去户口要唔要预约', 'zh-CN', 'large_cash_deposit'],
    ['有张票想入，可以喺App影相入吗', 'zh-CN', 'cheques'],
    ['信用卡月结单想改做寄纸本', 'zh-CN', 'electronic_statements'],
    ['can i buy something and use afterpay on my card', 'en', 'credit_card_installments'],
    ['can I pay in 4 on your credit card like with Klarna', 'en', 'credit_card_installments'],
    ['can I get a credit line increase on my visa', 'en', 'credit_limit_increase'],
    ["my dad's pension normally shows up on the 3rd but nothing so far", 'en', 'pension_payment_arrival'],
    ['what stuff can you do besides answering questions', 'en', 'assistant_capabilities'],
  ];
  it.each(cases)('%s (%s) reaches %s', (question, locale, id) => {
    expect(kb.top(question, locale)).toBe(id);
  });

  // Standard Mandarin with the same characters keeps its meaning: 户口本 is the household register.
  it('keeps 户口本 as a document for opening an account', () => {
    expect(kb.top('开户要带户口本吗', 'zh-CN')).toBe('account_opening_documents');
  });
});
