import { describe, expect, it } from 'vitest';
import type { Locale } from '../protocol/protocol.ts';
import { Analyzer } from './analyzer.ts';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

// The shipped knowledge base, asked about a subject its article names in other words: a bank word typed with a
// same-sounding character (争信, 养老斤), a kind of policy said in full (年金保险 for 年金险), a phrase split by a
// pronoun or an adverb ("pay them in", "balance is always small"), a place the article does not list (Jakarta),
// or the thing described rather than named (两个人一起用的账户, "step free access"). Each question below was
// shut out by its article's `mentions` gate, or outranked by a look-alike article, before the class it stands
// for was added (`synonyms.ts`, the articles' `mentions`).
const kb = shippedKnowledgeBase();
const top = kb.top;

type Asked = Array<[string, Locale, string]>;

describe('a subject named in other words reaches the article that answers it', () => {
  const mandarin: Asked = [
    // 征信 and 养老金 typed with a same-sounding character.
    ['证信报告在哪里能查到', 'zh-CN', 'credit_report'],
    ['这个月养老斤怎么还没到账', 'zh-CN', 'pension_payment_arrival'],
    ['养老今这个月几号发', 'zh-CN', 'pension_payment_arrival'],
    // A kind of policy said in full (人寿保险 for 寿险).
    ['在你们这买的人寿保险交不起了怎么办', 'zh-CN', 'bancassurance_policies'],
    // The machine paid out less, said as what it "spat out" (吐出来六百).
    ['取款一千，它吐出来六百，钱却全扣了', 'zh-CN', 'atm_cash_not_dispensed'],
    // A card payment that failed, said as 没成功 or as the swipes counted.
    ['买菜刷卡没成功，余额是够的', 'zh-CN', 'card_declined'],
    ['便利店里连刷了三下都不行，怎么回事', 'zh-CN', 'card_declined'],
    // One account for two people, described rather than called a joint account.
    ['想跟对象开个两人一起用的户头', 'zh-CN', 'child_and_joint_accounts'],
    // Cash paid in said with the bare verb after the place (拿去网点存, 去柜台存).
    ['手上有八万现金，拿去网点存要带什么', 'zh-CN', 'large_cash_deposit'],
    ['家里攒了二十万现金，去柜台存会被问来源吗', 'zh-CN', 'large_cash_deposit'],
    // Being told whenever money moves, without the words 短信 or 动账.
    ['每次扣钱都想提醒我一下，怎么弄', 'zh-CN', 'sms_transaction_alerts'],
    ['卡里一进钱就通知我，这个要收费吗', 'zh-CN', 'sms_transaction_alerts'],
    // A forgotten statement day is the statement's, not a forgotten password.
    ['我忘了自己是几号出账单了，哪里能看到', 'zh-CN', 'credit_card_statement'],
    ['不记得每个月哪天出账了，怎么查', 'zh-CN', 'credit_card_statement'],
    // 注销 said of an account named earlier in the question.
    ['二类账户是网购时开的，现在想在手机上把它注销', 'zh-CN', 'account_closure'],
    // A foreign city is abroad.
    ['给在雅加达的女儿汇钱要多久能到', 'zh-CN', 'cross_border_remittance_limits'],
    ['儿子在孟买工作，我想每月给他打点钱，有什么限制', 'zh-CN', 'cross_border_remittance_limits'],
    // A transaction list as a PDF, and a balance gone below zero said as 扣成负的.
    ['租房要近一年的交易明细PDF，App上能导出吗', 'zh-CN', 'deposit_certificate_and_statements'],
    ['自动扣款会不会把我的余额扣成负的', 'zh-CN', 'overdraft'],
  ];
  it.each(mandarin)('%s (%s) → %s', (query, locale, id) => {
    expect(top(query, locale)).toBe(id);
  });

  const english: Asked = [
    // A forgotten statement day is the statement's, not a forgotten password.
    ['I forgot which day my card statement comes out, where do I find it', 'en', 'credit_card_statement'],
    // Phrases split by a pronoun or an adverb.
    [
      'I have a bag of notes from the market stall, can I pay them in at the counter',
      'en',
      'large_cash_deposit',
    ],
    ['my balance is always really small, do you charge for that', 'en', 'account_management_fees'],
    ['is there a penalty for keeping it low, like 20 yuan', 'en', 'account_management_fees'],
    ['what happens if a payment takes my balance negative', 'en', 'overdraft'],
    // A pension that has not come, said as not dropped or entered.
    ['my pension hasn’t dropped into my account this month', 'en', 'pension_payment_arrival'],
    ['nothing has entered from my pension yet, it is the 12th', 'en', 'pension_payment_arrival'],
    // Access for a wheelchair described (step free, uses a wheelchair).
    ['is there step free access at your branch for my dad', 'en', 'accessibility_services'],
    ['my son uses a wheelchair, can he get into the branch', 'en', 'accessibility_services'],
    // A transaction list as a PDF for a landlord is a statement of the account.
    ['can I download a PDF of my transactions for my landlord', 'en', 'deposit_certificate_and_statements'],
    // Moving "which day" the statement comes is changing the due date.
    ['can I move which day my statement is generated', 'en', 'credit_card_due_date_change'],
    // A foreign city is abroad.
    ['how much can i send to my brother in jakarta each year', 'en', 'cross_border_remittance_limits'],
    [
      "paying my daughter's rent in dublin from my account, is there a cap",
      'en',
      'cross_border_remittance_limits',
    ],
  ];
  it.each(english)('%s (%s) → %s', (query, locale, id) => {
    expect(top(query, locale)).toBe(id);
  });
});

describe('words that name a concept only in some company', () => {
  it('reads 养老今 as the pension, but not 养老 before 今年', () => {
    const zh = new Analyzer('zh-CN');
    expect(zh.analyze('养老今涨了吗').terms.has('c:pension')).toBe(true);
    expect(zh.analyze('个人养老今年能存多少').terms.has('c:pension')).toBe(false);
  });

  it('reads 注销 as closing only when an account or a card is what is closed', () => {
    const zh = new Analyzer('zh-CN');
    expect(zh.analyze('二类账户能在手机上注销吗').terms.has('c:close_account')).toBe(true);
    expect(zh.analyze('房贷还清了抵押怎么注销').terms.has('c:close_account')).toBe(false);
  });

  it('reads a part of a card bill said in tenths (只还一成) as the minimum payment', () => {
    const zh = new Analyzer('zh-CN');
    expect(zh.analyze('信用卡只还一成行不行').terms.has('c:minimum_payment')).toBe(true);
    expect(top('信用卡只还两成，会不会算逾期上征信', 'zh-CN')).toBe('minimum_payment_interest');
  });

  it('reads a card "got eaten" or "was swallowed" by a machine as a retained card', () => {
    const en = new Analyzer('en');
    expect(en.analyze('my card got eaten by the cash machine').terms.has('c:card_retained')).toBe(true);
    expect(en.analyze('my card was swallowed last night').terms.has('c:card_retained')).toBe(true);
    expect(en.analyze('my card was declined last night').terms.has('c:card_retained')).toBe(false);
  });

  it("reads paying every year for a debit card as the debit card's fee", () => {
    const en = new Analyzer('en');
    expect(
      en
        .analyze('they gave me a gold debit card, do I pay anything yearly for it')
        .terms.has('c:debit_card_fee'),
    ).toBe(true);
    expect(en.analyze('my debit card was stolen last year').terms.has('c:debit_card_fee')).toBe(false);
  });
});
