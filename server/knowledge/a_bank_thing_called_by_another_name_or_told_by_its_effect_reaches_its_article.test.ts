import { describe, expect, it } from 'vitest';
import type { Locale } from '../protocol/protocol.ts';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

/**
 * A customer who does not know the bank's word names the thing as at home or by its effect: "the plastic",
 * a card "on ice", "valid till" last month, an American 401k, "electronic cash from the central bank", a shop's
 * promised money back, an Amex paid back (`everyday_english_names.ts`, and the articles' `mentions`). The article that answers is found all
 * the same.
 */
const kb = shippedKnowledgeBase();

const cases: ReadonlyArray<readonly [Locale, string, string]> = [
  ['zh-CN', '有个女的打电话说她是法院的，让我把存款转到一个安全账户里，这是真的吗', 'anti_fraud_tips'],
  ['zh-CN', '卡面上写有效期到上个月，现在还能刷吗', 'card_expiry_renewal'],
  ['zh-CN', '有没有像美国401k那样存了能少交个税的养老账户', 'personal_pension_account'],
  ['zh-CN', '存款利息国家要抽一部分税吗', 'interest_tax'],
  ['en', "the plastic you posted me arrived but it's dead, how do I make it live", 'card_activation'],
  [
    'en',
    'I want to put my credit card on ice for a while, will my gym membership still get paid',
    'card_freeze_effects',
  ],
  ['en', 'my debit is only valid till the end of last month, what now', 'card_expiry_renewal'],
  [
    'en',
    'back in the UK we paid a monthly maintenance fee when we dipped under a minimum, is that a thing with you',
    'account_management_fees',
  ],
  ['en', 'do you have something like an American 401k that lowers my income tax', 'personal_pension_account'],
  [
    'en',
    "what's this electronic cash from the central bank and can I hold it in your app",
    'e_cny_digital_rmb',
  ],
  [
    'en',
    'I returned a jacket and the store said they would give the money back but nothing has reached my card yet',
    'card_transaction_dispute',
  ],
  ['en', 'how do I pay back my Amex from my savings here', 'credit_card_repayment_methods'],
];

describe('a bank thing called by another name or told by its effect', () => {
  it.each(cases)('%s: "%s" reaches %s', (locale, question, article) => {
    expect(kb.top(question, locale)).toBe(article);
  });
});
