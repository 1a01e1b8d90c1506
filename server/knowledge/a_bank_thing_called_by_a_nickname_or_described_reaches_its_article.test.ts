import { describe, expect, it } from 'vitest';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

// Customers who do not know the bank's word name the thing by slang, a foreign name or by how it looks or
// works: a red little book, an iron cabinet in the vault, a card's membership fee, the phone's ping when money
// moves, shopping online, buying a car, the machine downstairs, big text read aloud.
const kb = shippedKnowledgeBase();

describe('a bank thing called by a nickname or described reaches its article', () => {
  it.each([
    ['红皮的小本本被偷了怎么办', 'passbook_lost'],
    ['银行里那种小铁柜能租来放房产证吗', 'safe_deposit_box'],
    ['信用卡的会员费怎么才能免掉', 'credit_card_annual_fee'],
    ['每次钱进进出出手机都叮一声提示，这个怎么开', 'sms_transaction_alerts'],
    ['网上购物那个功能能单独关掉吗', 'card_payment_controls'],
    ['老人用的那种字大一点还能读给他听的手机银行在哪开', 'elderly_services'],
    ['买车钱不够，想在你们这贷一部分，要什么条件', 'loan_application_requirements'],
    ['大厅机器上一次能取多少现金', 'atm_withdrawal_limit'],
  ] as const)('%s → %s', (query, id) => {
    expect(kb.top(query, 'zh-CN')).toBe(id);
  });

  it.each([
    ['a client in Germany wants my IBAN, what do I give them', 'bank_swift_and_branch_codes'],
    ['can I rent one of those little metal boxes in your vault', 'safe_deposit_box'],
  ] as const)('%s (en) → %s', (query, id) => {
    expect(kb.top(query, 'en')).toBe(id);
  });

  it('keeps a social security card reissued and a ticket bought as they were', () => {
    expect(kb.top('社保卡重新办一张要多少钱', 'zh-CN')).toBe('social_security_card');
    expect(kb.top('买车票能用信用卡分期吗', 'zh-CN')).not.toBe('loan_application_requirements');
  });
});
