import { describe, expect, it } from 'vitest';
import type { Locale } from '../protocol/protocol.ts';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

// The shipped knowledge base. Customers name things in homely or loose words: a child as 小子, 孙子, "my kiddo"
// or "my little one"; a new handset counted by its measure word (换了个手机, 换了一部手机); a cash sum said
// roughly (存七八万现金) or cash put into a machine without the word deposit ("fed 30k into the cash
// machine"); a machine that "didnt give any cash"; a letter of what is still owed on a mortgage. Each must
// reach the article it means.
const kb = shippedKnowledgeBase();

describe('a child, a handset, a cash sum or a loan letter said loosely', () => {
  const cases: Array<[string, Locale, string]> = [
    ['给我家小子开个户要啥', 'zh-CN', 'child_and_joint_accounts'],
    ['给孙子办张卡要带啥', 'zh-CN', 'child_and_joint_accounts'],
    ['can I get a card for my kiddo', 'en', 'child_and_joint_accounts'],
    ['open an account for my little one', 'en', 'child_and_joint_accounts'],
    ['could my youngest have his own card', 'en', 'child_and_joint_accounts'],
    ['刚换了个手机，银行App还能直接登吗', 'zh-CN', 'mobile_banking_new_phone'],
    ['换了一部手机，手机银行要重新绑定吗', 'zh-CN', 'mobile_banking_new_phone'],
    ['存七八万现金有啥讲究', 'zh-CN', 'large_cash_deposit'],
    ['在ATM上存六万现金被拒了', 'zh-CN', 'large_cash_deposit'],
    ['fed 30k into the cash machine and it stopped accepting, whats the limit', 'en', 'large_cash_deposit'],
    ['put 2000 in notes into the atm and it said limit reached', 'en', 'large_cash_deposit'],
    ['the atm didnt give any cash yet my acct shows it taken', 'en', 'atm_cash_not_dispensed'],
    ['need a letter showing what is outstanding on my mortgage for my visa', 'en', 'loan_balance_inquiry'],
  ];
  it.each(cases)('%s (%s) reaches %s', (question, locale, id) => {
    expect(kb.top(question, locale)).toBe(id);
  });

  // The same words about something else keep their own article.
  const neighbours: Array<[string, Locale, string]> = [
    ['换了个手机号收不到验证码', 'zh-CN', 'sms_verification_code_not_received'],
    ['my sons card got swallowed by the atm', 'en', 'atm_card_retained'],
    ['how much can i take out at the machine per day', 'en', 'atm_withdrawal_limit'],
    ['I need a letter from the bank showing my balance', 'en', 'deposit_certificate_and_statements'],
  ];
  it.each(neighbours)('%s (%s) still reaches %s', (question, locale, id) => {
    expect(kb.top(question, locale)).toBe(id);
  });
});
