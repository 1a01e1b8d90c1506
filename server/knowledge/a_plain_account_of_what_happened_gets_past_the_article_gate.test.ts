import { describe, expect, it } from 'vitest';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

// Some articles answer only questions that name their subject. Customers name it by telling what happened or
// what they wonder: a person or a machine on the other side, the cash that came out being short, a deposit
// over some sum, what is left unpaid on a loan, a prompt to verify one's identity.
const kb = shippedKnowledgeBase();

describe('a plain account of what happened gets past the article gate', () => {
  it.each([
    ['跟我聊天的是人还是机器', 'assistant_capabilities'],
    ['柜员机上取了1000块，出来的钱只有600', 'atm_cash_not_dispensed'],
    ['一次存超过10万会不会被查', 'large_cash_deposit'],
    ['之前在你们这办的贷款还有多少没还完', 'loan_balance_inquiry'],
    ['我的卡转不出钱，App提示需要核实身份', 'account_restricted_by_bank'],
  ] as const)('%s → %s', (query, id) => {
    expect(kb.top(query, 'zh-CN')).toBe(id);
  });

  it.each([['the ATM only gave me half the cash I asked for', 'atm_cash_not_dispensed']] as const)(
    '%s (en) → %s',
    (query, id) => {
      expect(kb.top(query, 'en')).toBe(id);
    },
  );

  it('keeps a large cash withdrawal with its own article', () => {
    expect(kb.top('取二十万现金要提前几天说', 'zh-CN')).toBe('large_cash_withdrawal_notice');
  });
});
