import { describe, expect, it } from 'vitest';
import { Analyzer } from './analyzer.ts';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

// The shipped knowledge base, asked the way customers type: chat shorthand, no apostrophes, the American
// "check", and everyday words for what the articles call a freeze, a closure or an overdraft.
const kb = shippedKnowledgeBase();

describe('an English question in chat shorthand or without apostrophes gets past the article gate', () => {
  const asked: Array<[string, string]> = [
    // "r u" is "are you": the assistant article answers "are you a bot".
    ['r u a bot', 'assistant_capabilities'],
    ['r u human', 'assistant_capabilities'],
    // "hasnt" is "hasn't", which the pension article's gate names.
    ['my mothers pension hasnt come this month', 'pension_payment_arrival'],
    ['can my 8yo have a card', 'child_and_joint_accounts'],
  ];
  it.each(asked)('%s → %s', (query, id) => {
    expect(kb.search(query, 'en', 1)[0]?.article.id).toBe(id);
  });
});

describe('an English question in everyday words gets the article that answers it', () => {
  const asked: Array<[string, string]> = [
    ['my aunt gave me a check for my birthday, where do i cash it', 'cheques'],
    ['is a check still valid after a month', 'cheques'],
    ['temporarily locked my card, will my salary still come in', 'card_freeze_effects'],
    ['the card my boss paid me on, can i keep it after i quit', 'payroll_account'],
    ["I'm at the branch now, where is the cash deposit machine", 'branch_locations'],
    ['how do I sign up for a credit card', 'credit_card_application'],
    ['when is my next mortgage repayment due', 'loan_balance_inquiry'],
    ['can i go over my card limit', 'overdraft'],
    ['asked for a bigger limit and got turned down', 'credit_limit_increase'],
    // A domestic daily limit, not the overseas remittance article (which needs something abroad named) nor a
    // failed transfer.
    ['how much money can i send in one day', 'transfer_limits'],
  ];
  it.each(asked)('%s → %s', (query, id) => {
    expect(kb.search(query, 'en', 1)[0]?.article.id).toBe(id);
  });
});

describe('words that name a concept only in some company', () => {
  it('reads shutting a card or account down as closing it', () => {
    const en = new Analyzer('en');
    expect(en.analyze('how do i shut down my debit card account').terms.has('c:close_account')).toBe(true);
    expect(en.analyze('the branch shut early today').terms.has('c:close_account')).toBe(false);
  });
});

describe('a Mandarin question in everyday words gets the article that answers it', () => {
  const asked: Array<[string, string]> = [
    ['一天能刷的额度想调低点', 'card_payment_controls'],
    ['晚上打客服有人接吗', 'contact_channels'],
    ['信用卡办了一直没刷 会扣钱吗', 'credit_card_annual_fee'],
    // Wanting to move hundreds of thousands is a question for the transfer limits.
    ['准备转50万给房东 手机上转不了', 'transfer_limits'],
  ];
  it.each(asked)('%s → %s', (query, id) => {
    expect(kb.search(query, 'zh-CN', 1)[0]?.article.id).toBe(id);
  });

  it('reads 一点 alone as "a little", not as one o\'clock', () => {
    const zh = new Analyzer('zh-CN');
    expect(zh.analyze('额度调低一点').terms.has('c:time_of_day')).toBe(false);
    expect(zh.analyze('下午一点半开门吗').terms.has('c:time_of_day')).toBe(true);
    expect(zh.analyze('一点钟还营业吗').terms.has('c:time_of_day')).toBe(true);
  });
});
