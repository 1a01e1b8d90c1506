import { describe, expect, it } from 'vitest';
import type { Locale } from '../protocol/protocol.ts';
import { Analyzer } from './analyzer.ts';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

// The shipped knowledge base, asked the way a customer in a hurry types: pinyin initials and w for 万 inside
// Mandarin (szrmb, cxk, 15w), chat shorthand (biz), and the customer's own words for the article's subject
// (留底 for a minimum balance, "next to nothing" for a low balance, a card that "cannot pay", the phone
// "linked" to a card). Each question below landed on another article, or was shut out by the article's
// `mentions` gate, before the class it stands for was added (`MANDARIN_LATIN_SHORTHAND` and the concepts in
// `synonyms.ts`, the articles' `mentions` and questions).
const kb = shippedKnowledgeBase();
const top = kb.top;

type Asked = Array<[string, Locale, string]>;

describe('a question typed in a hurry reaches the article that answers it', () => {
  const shorthand: Asked = [
    // Pinyin initials of a bank word: szrmb is 数字人民币, cxk is 储蓄卡 (a debit card, not a credit card).
    ['szrmb怎么充值', 'zh-CN', 'e_cny_digital_rmb'],
    ['szrmb和支付宝有啥区别', 'zh-CN', 'e_cny_digital_rmb'],
    ['cxk有年费吗', 'zh-CN', 'account_management_fees'],
    // A figure's w is 万: 15w in cash paid into a card is a large cash deposit.
    ['存15w现金进卡 要不要提前说', 'zh-CN', 'large_cash_deposit'],
    // "biz" is business.
    ['what do i need to open a biz account for my bakery', 'en', 'corporate_account_opening'],
  ];
  it.each(shorthand)('%s (%s) → %s', (query, locale, id) => {
    expect(top(query, locale)).toBe(id);
  });

  const customersWords: Asked = [
    // Keeping little in the account (放得少, 留底, "next to nothing") and a fee for it: the account fees.
    ['账户里钱放得少会不会被扣钱', 'zh-CN', 'account_management_fees'],
    ['卡里要留底多少才不扣费', 'zh-CN', 'account_management_fees'],
    ['will you charge me if my account sits at next to nothing', 'en', 'account_management_fees'],
    ['there is an odd fee on my account that i never spent, what is it', 'en', 'account_management_fees'],
    // A card that "cannot pay" is being declined.
    ['my card cannot pay at the supermarket today, got money inside', 'en', 'card_declined'],
    // Billed one sum instead of another: a payment to dispute.
    ['restaurant billed me 300 instead of 30, how do i get it fixed', 'en', 'card_transaction_dispute'],
    // Whether a number seen somewhere is really the bank's.
    ['saw a number for your bank on some website, is it the real number', 'en', 'contact_channels'],
    // A firm paying its staff through the bank is a payroll account.
    ['our firm wants to pay the staff through you, how do employees get cards', 'en', 'payroll_account'],
    // The phone "linked" to a card is the registered number.
    ['the phone linked to my debit card is an old one, how to change it', 'en', 'registered_phone_update'],
  ];
  it.each(customersWords)('%s (%s) → %s', (query, locale, id) => {
    expect(top(query, locale)).toBe(id);
  });

  const secondConcern: Asked = [
    // 挂失 split by 了, and a branch visit after it: the lost card procedure.
    ['电话挂了失以后还得去网点补办吗', 'zh-CN', 'lost_card_procedure'],
    // A lost credit card, without a word about the fee, is still to be reported first.
    ['信用卡丢了咋办', 'zh-CN', 'lost_card_procedure'],
    // What a personal loan may be spent on is the loan's rule, not a mortgage.
    ['can a personal loan be used for a down payment on a flat', 'en', 'loan_application_requirements'],
  ];
  it.each(secondConcern)('%s (%s) → %s', (query, locale, id) => {
    expect(top(query, locale)).toBe(id);
  });
});

describe('Latin shorthand inside Mandarin', () => {
  const zh = new Analyzer('zh-CN');
  const en = new Analyzer('en');

  it('reads pinyin initials as the bank words they stand for', () => {
    expect(zh.analyze('xyk年费多少').terms.has('c:credit_card')).toBe(true);
    expect(zh.analyze('yzm收不到').terms.has('c:code')).toBe(true);
    expect(zh.analyze('szrmb能离线用吗').terms.has('c:ecny')).toBe(true);
  });

  it('reads a figure with w as 万 and leaves English text alone', () => {
    expect(zh.analyze('想存20w现金').terms.has('c:cash_deposit')).toBe(true);
    expect(en.analyze('xyk').terms.has('xyk')).toBe(true);
    expect(en.analyze('xyk').terms.has('c:credit_card')).toBe(false);
  });
});
