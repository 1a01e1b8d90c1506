import { describe, expect, it } from 'vitest';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

// Customers who lack the bank's word describe the thing by how it works: a card spent on first and paid back
// later, money borrowed from the bank, the state's monthly money after retiring, savings that "come out extra",
// the state wanting its share of them, hard money swapped for paper, a slip of what a card spent, wages, the
// state's electronic money, a contract paid yearly that pays out in old age.
const kb = shippedKnowledgeBase();

describe('a bank thing told by how it works reaches its article', () => {
  it.each([
    ['我想办一张先刷后还钱的那种卡，需要什么条件', 'credit_card_application'],
    ['我这张卡能刷的钱不够，出国旅游想调高点', 'credit_limit_increase'],
    ['之前跟你们借的钱，还有多少没还完', 'loan_balance_inquiry'],
    ['我60岁了，在你们这借3年的钱可以吗', 'loan_application_requirements'],
    ['我妈退休以后每个月发的钱这次还没到卡上', 'pension_payment_arrival'],
    ['那个自己每年存些钱、等老了再领、可以抵税的东西怎么开', 'personal_pension_account'],
    ['放你们这两万块，一年后能多出来多少', 'deposit_interest_rates'],
    ['定期到期多出来的那点钱，国家会不会要我交钱', 'interest_tax'],
    ['孩子攒了一罐硬的钱，想去换成纸的', 'damaged_notes_and_coins'],
    ['信用卡每个月消费了什么的单子能寄纸的给我吗', 'electronic_statements'],
    ['我想每次进钱出钱手机都有提示', 'sms_transaction_alerts'],
    ['公司要把工钱打到卡里，我去你们那要办什么', 'payroll_account'],
    ['国家发的那种电子钱你们能开吗', 'e_cny_digital_rmb'],
    ['卡在网上付钱的那个功能我想关掉', 'card_payment_controls'],
    ['去年签了份每年交钱、老了能领钱的合同，现在不想要了', 'bancassurance_policies'],
  ] as const)('%s → %s', (query, id) => {
    expect(kb.top(query, 'zh-CN')).toBe(id);
  });

  it.each([
    ['the money I borrowed from you, how much is still left to pay', 'loan_balance_inquiry'],
    ['a jar full of coins, can I swap them for notes', 'damaged_notes_and_coins'],
  ] as const)('%s (en) → %s', (query, id) => {
    expect(kb.top(query, 'en')).toBe(id);
  });

  it('keeps money lent to a friend as it was', () => {
    expect(kb.top('朋友借的钱一直不还怎么办', 'zh-CN')).not.toBe('loan_balance_inquiry');
  });
});
