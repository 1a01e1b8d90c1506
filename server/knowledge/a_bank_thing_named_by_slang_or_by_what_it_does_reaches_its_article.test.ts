import { describe, expect, it } from 'vitest';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

// A short typed ask that names the bank thing by slang or by what it does, with hardly a verb: a credit line as
// what the card lets one spend, one's credit gone "black" or "spotted", money in and out of the account, a policy
// by its kind or its insurer, the assistant as an AI, a booked hour, a card that will not swipe, a card one no
// longer wants.
const kb = shippedKnowledgeBase();

describe('a bank thing named by slang or by what it does reaches its article', () => {
  it.each([
    ['我这张信用卡只能刷三千，怎么弄高点', 'credit_limit_increase'],
    ['想看看自己信用花没花', 'credit_report'],
    ['帮我查下我信用有没有问题', 'credit_report'],
    ['出入账短信怎么开', 'sms_transaction_alerts'],
    ['收支明细能导出来吗', 'deposit_certificate_and_statements'],
    ['之前柜台给我推了个分红的，能退吗', 'bancassurance_policies'],
    ['单子上是某某人寿的，能退吗', 'bancassurance_policies'],
    ['你是不是AI啊', 'assistant_capabilities'],
    ['约个几点过去比较好', 'appointment_booking'],
    ['卡怎么刷不动', 'card_declined'],
    ['这张卡我不想要了，怎么处理', 'account_closure'],
  ] as const)('%s → %s', (query, id) => {
    expect(kb.top(query, 'zh-CN')).toBe(id);
  });

  it.each([
    ['我的信用卡最近刷不了，怎么回事', 'card_declined'],
    ['信用卡年费每年都要交吗', 'credit_card_annual_fee'],
    ['信用卡怎么查额度', 'credit_limit_increase'],
    ['我平时上班忙，周六网点几点开门', 'branch_hours'],
    ['理财产品的风险等级怎么看', 'wealth_product_risk_levels'],
    ['想贷款买房子，先要准备啥', 'mortgage_application'],
  ] as const)('keeps a near question at its own article: %s → %s', (query, id) => {
    expect(kb.top(query, 'zh-CN')).toBe(id);
  });

  it.each([
    ['my credit card lets me spend too little, can it go higher', 'credit_limit_increase'],
    ['are you an AI', 'assistant_capabilities'],
  ] as const)('%s (en) → %s', (query, id) => {
    expect(kb.top(query, 'en')).toBe(id);
  });
});
