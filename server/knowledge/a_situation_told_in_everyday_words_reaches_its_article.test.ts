import { describe, expect, it } from 'vitest';
import type { Locale } from '../protocol/protocol.ts';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

// The shipped knowledge base. Customers tell their situation in everyday words rather than the article's:
// a "hole in the wall" for an ATM, 冲 typed for 充, 医保那张卡 for the social security card, 二代证 for the ID
// card, 票本 for a chequebook, "moved house" for a new address, money "in notes", a balance "below zero", the
// state "taking a cut" of interest. Each of these used to be blocked by the article's gate or outranked by an
// article that only shared a word with it. Below them, a subject named only to be set aside ("I'm not paying
// it off early") no longer picks the article about that subject, while a plain question about it still does.
const kb = shippedKnowledgeBase();

describe('a situation told in everyday words', () => {
  const cases: Array<[string, Locale, string]> = [
    ['the hole in the wall kept my money and gave me nothing', 'en', 'atm_cash_not_dispensed'],
    ['moved house last month, how do I tell the bank', 'en', 'personal_details_update'],
    ['does the government take a cut of the interest on my deposit', 'en', 'interest_tax'],
    ['bringing in 250k in notes on monday, what should I prepare', 'en', 'large_cash_deposit'],
    ['I need 120,000 in notes on friday, is that ok', 'en', 'large_cash_withdrawal_notice'],
    ['can my balance go below zero if a bill comes out', 'en', 'overdraft'],
    ['can I get euros out of a machine in Paris with my debit card', 'en', 'overseas_cash_withdrawal'],
    ['I paused my card yesterday, will my gym membership still be charged', 'en', 'card_freeze_effects'],
    ['my purchase at the pharmacy got rejected, what is wrong', 'en', 'card_declined'],
    ['my landlord asks which office my card was opened at', 'en', 'bank_swift_and_branch_codes'],
    ['给我老公的号冲了50块，一直没到', 'zh-CN', 'mobile_topup'],
    ['医保的那张卡能在取款机上取钱吗', 'zh-CN', 'social_security_card'],
    ['二代证换了新的，银行这边要更新吗', 'zh-CN', 'personal_details_update'],
    ['做生意想领个空白票本，个人能领吗', 'zh-CN', 'cheques'],
    ['信用卡还钱那天想往后推几天', 'zh-CN', 'credit_card_due_date_change'],
    ['存款赚的利息，国家会不会抽一部分走', 'zh-CN', 'interest_tax'],
    ['上大学借的那笔钱，工作后怎么还', 'zh-CN', 'student_loan_repayment'],
    ['换了工作，以前单位发薪水的卡还能接着用吗', 'zh-CN', 'payroll_account'],
    ['国家那个为退休存钱的账户在哪开', 'zh-CN', 'personal_pension_account'],
    ['卡在App里先锁了，工资还能打进来吗', 'zh-CN', 'card_freeze_effects'],
  ];
  it.each(cases)('%s (%s) → %s', (question, locale, expected) => {
    expect(kb.top(question, locale)).toBe(expected);
  });
});

describe('a subject set aside', () => {
  it('"not paying it off early" does not reach the prepayment article', () => {
    expect(kb.top("I'm not paying it off early, when is my next mortgage payment?", 'en')).toBe(
      'loan_balance_inquiry',
    );
  });

  const named: Array<[string, Locale]> = [
    ["why can't I pay my mortgage off early", 'en'],
    ['是不是提前还款要收违约金', 'zh-CN'],
  ];
  it.each(named)('a question about prepaying still reaches it: %s (%s)', (question, locale) => {
    expect(kb.top(question, locale)).toBe('mortgage_prepayment');
  });
});
