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

describe('a Mandarin question with a slip, a count of months or a new number gets its article', () => {
  const asked: Array<[string, string]> = [
    // 注消 is 注销 typed with the wrong 消.
    ['我想把信用卡注消掉 怎么办', 'account_closure'],
    // The machine took the card in (吞进去) without 吞卡 or an ATM named.
    ['存款机吞进去了我的卡 咋办', 'atm_card_retained'],
    // 分六期 is an instalment plan, though 分期 is not written.
    ['买了台电脑一万二 想分六期 利息怎么算', 'credit_card_installments'],
    // 啥时候能到 / 多久可以到 ask when the money arrives.
    ['给外地的亲戚转了两万块 啥时候能到', 'transfer_arrival_time'],
    ['用手机银行转到别家银行 多久可以到', 'transfer_arrival_time'],
    // Binding a new number is the update of the registered phone, even when codes no longer arrive.
    ['旧号停了 验证码收不到 怎么改绑到新手机号', 'registered_phone_update'],
  ];
  it.each(asked)('%s → %s', (query, id) => {
    expect(kb.search(query, 'zh-CN', 1)[0]?.article.id).toBe(id);
  });

  it('reads 没收到 as money not received, not as a card confiscated (没收)', () => {
    const zh = new Analyzer('zh-CN');
    expect(zh.analyze('对方没收到钱').terms.has('c:card_retained')).toBe(false);
    expect(zh.analyze('卡被机器没收了').terms.has('c:card_retained')).toBe(true);
  });
});

describe('an English question in slang or naming a place abroad gets the article that answers it', () => {
  const asked: Array<[string, string]> = [
    ['found a forgotten savings account from college, can i still use it', 'account_dormancy'],
    ['my phone and wallet were nicked at the station', 'lost_card_procedure'],
    ['can you boost my limit for the holidays', 'credit_limit_increase'],
    ['are there fees on debit accounts', 'account_management_fees'],
    ['there is a small charge on my savings every month, what is it', 'account_management_fees'],
    // Cash from a machine in a foreign country is the overseas withdrawal, not the domestic ATM limit.
    ['whats the max i can withdraw from an atm in japan per day', 'overseas_cash_withdrawal'],
    // A sum that happens to be a figure of the fee table does not make a question about the limit one about fees.
    ['could i send 100,000 to my brother in one go', 'transfer_limits'],
    ['am i able to wire 100000 yuan in a single transfer', 'transfer_limits'],
  ];
  it.each(asked)('%s → %s', (query, id) => {
    expect(kb.search(query, 'en', 1)[0]?.article.id).toBe(id);
  });

  it('keeps a forgotten password, the domestic ATM limit and a fee asked for a sum where they were', () => {
    expect(kb.search('i forgot my password', 'en', 1)[0]?.article.id).toBe('password_reset_procedure');
    expect(
      kb.search('how much does it cost to send 100,000 yuan to another bank', 'en', 1)[0]?.article.id,
    ).toBe('transfer_fees');
    expect(kb.search('how much can I take out of an ATM in a day?', 'en', 1)[0]?.article.id).toBe(
      'atm_withdrawal_limit',
    );
  });
});
