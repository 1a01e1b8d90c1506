import { describe, expect, it } from 'vitest';
import type { Locale } from '../protocol/protocol.ts';
import { Analyzer } from './analyzer.ts';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

// The shipped knowledge base, asked with the ask wrapped in a story (what happened to a parent, a grandchild, a
// purchase), with one reading ruled out first (不打算提前还, "not a purchase"), at length by older customers or in
// a few words by younger ones. Each question below landed on another article, or was shut out by the article's
// `mentions` gate, before the class it stands for was added (`synonyms.ts`, the articles' `mentions` and
// questions).
const kb = shippedKnowledgeBase();
const top = kb.top;

type Asked = Array<[string, Locale, string]>;

describe('an ask wrapped in a story, or said wordily or tersely, reaches the article that answers it', () => {
  const money: Asked = [
    // A loan's next instalment, when and how much, with paying early named only to be ruled out.
    ['我不打算提前还贷，只想问这期房贷几号扣', 'zh-CN', 'loan_balance_inquiry'],
    ['车贷下期要扣多少钱', 'zh-CN', 'loan_balance_inquiry'],
    // A pension not seen yet (还没见, "not in acct").
    ['我妈的养老金平时月初就到，今天都十号了还没见', 'zh-CN', 'pension_payment_arrival'],
    ['mums pension still not in acct, usually there by now', 'en', 'pension_payment_arrival'],
    // A small sum taken every month that is no purchase but looks like the bank's fee.
    [
      '每个月卡里都少几块钱，不是我买东西花的，像是银行扣的费，怎么查是什么',
      'zh-CN',
      'account_management_fees',
    ],
    [
      'a couple of yuan goes out of my savings every month, not a purchase, looks like a deduction by the bank, what is it',
      'en',
      'account_management_fees',
    ],
    // Which sub-branch holds the account is asked for its details, not for where a branch is.
    [
      'my employer asks which sub-branch my account was opened at, where can i find that',
      'en',
      'bank_swift_and_branch_codes',
    ],
    // A purchase shown as failed while the card was charged anyway: a payment to dispute, not a failed transfer.
    [
      'the checkout said my purchase failed, yet the money was still taken from my card',
      'en',
      'card_transaction_dispute',
    ],
    ['网上买东西显示支付失败，可卡里的钱还是被扣了', 'zh-CN', 'card_transaction_dispute'],
    // Cash to be brought in and paid into an account is a deposit.
    [
      'got around 250k in cash after selling my flat, what should i do before bringing it in to the branch',
      'en',
      'large_cash_deposit',
    ],
    // How long until the payee (她, 他) has the money sent to another bank.
    ['给老家的父亲转了两万到他的农商行卡上，要多久他才能收到', 'zh-CN', 'transfer_arrival_time'],
    // A paper deposit certificate taken out ahead of its date is an early withdrawal, not a proof of deposit.
    [
      "gran has an old paper deposit certificate and can't get to the branch, can I take it out early for her",
      'en',
      'fixed_deposit_early_withdrawal',
    ],
  ];
  it.each(money)('%s (%s) → %s', (query, locale, id) => {
    expect(top(query, locale)).toBe(id);
  });

  const cards: Asked = [
    // Overspending and a daily spend to lower: the card's own payment settings.
    [
      'i overspend every weekend, can i cut the daily spend allowed on my debit card',
      'en',
      'card_payment_controls',
    ],
    // Where to see what is owed and the minimum: the statement, not what paying the minimum costs.
    [
      'where do i check what i owe on my credit card and the minimum payment this month',
      'en',
      'credit_card_statement',
    ],
    // A credit card whose limit is low, to be raised.
    ['the limit on my credit card is low, how do i get it raised', 'en', 'credit_limit_increase'],
    // A card bill that falls due on an awkward day, the date to be moved.
    [
      'the card always falls due before my salary lands, could you have the date moved',
      'en',
      'credit_card_due_date_change',
    ],
    // A card handed back (退掉) with payments still bound to it is a closure, not a bill payment.
    ['这张卡我不想要了想退掉，但上面还绑着自动扣水费，要先处理什么', 'zh-CN', 'account_closure'],
  ];
  it.each(cards)('%s (%s) → %s', (query, locale, id) => {
    expect(top(query, locale)).toBe(id);
  });

  const people: Asked = [
    // A grandchild's age, or pocket money, and a limit on what the child's card spends.
    [
      'my grandson is 7, we want to open him an account and limit how much he spends on the card each day',
      'en',
      'child_and_joint_accounts',
    ],
    ['给外孙女办了张卡放零花钱，怕她乱花，能给她的卡设每天最多花多少吗', 'zh-CN', 'child_and_joint_accounts'],
    // One account two people use (合用).
    ['我跟我姐想开一个两个人合用的户，能办吗', 'zh-CN', 'child_and_joint_accounts'],
    // The phone service's hours (电话客服几点下班), not a branch's.
    ['电话客服晚上几点下班，卡出了问题想找个人问问', 'zh-CN', 'contact_channels'],
    // An identity document renewed, said in three words.
    ['ID renewed last month, update it in the app?', 'en', 'personal_details_update'],
  ];
  it.each(people)('%s (%s) → %s', (query, locale, id) => {
    expect(top(query, locale)).toBe(id);
  });

  it("reads an old parent's age as an elderly customer, and a child's as a minor", () => {
    const en = new Analyzer('en');
    expect(en.analyze('my dad is 82 and needs help').terms.has('c:elderly')).toBe(true);
    expect(en.analyze('my dad is 45 and needs help').terms.has('c:elderly')).toBe(false);
    expect(en.analyze('my granddaughter is nine').terms.has('c:minor')).toBe(true);
  });

  it('reads a failed purchase as one to dispute only when the card was charged anyway', () => {
    const en = new Analyzer('en');
    expect(en.analyze('payment failed but it still came off my card').terms.has('c:dispute')).toBe(true);
    expect(en.analyze('payment failed, can i try again').terms.has('c:dispute')).toBe(false);
    const zh = new Analyzer('zh-CN');
    expect(zh.analyze('付款失败了，钱却被扣了').terms.has('c:dispute')).toBe(true);
    expect(zh.analyze('付款失败了，怎么办').terms.has('c:dispute')).toBe(false);
  });

  it('reads how long until the payee receives money as its arrival, not a code coming', () => {
    const zh = new Analyzer('zh-CN');
    expect(zh.analyze('多久对方才能收到').terms.has('c:arrival')).toBe(true);
    expect(zh.analyze('验证码多久能收到').terms.has('c:arrival')).toBe(false);
  });
});
