import { describe, expect, it } from 'vitest';
import type { Locale } from '../protocol/protocol.ts';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

// A customer often asks about one detail of an article (how long, how much, what still works, who may
// do it) in words of their own, without naming what the article is about: the article must still be
// allowed to answer (its `mentions` gate) and must come first.
const kb = shippedKnowledgeBase();

const cases: ReadonlyArray<readonly [Locale, string, string]> = [
  // A detail named in everyday words, where the article's subject is not named at all.
  ['en', 'Can I print my PBOC record at a branch?', 'credit_report'],
  [
    'en',
    "My card's spending ceiling is too low for the holiday, can it go up for a while?",
    'credit_limit_increase',
  ],
  [
    'en',
    'Where do I change the amount that makes the app ping me about a payment?',
    'sms_transaction_alerts',
  ],
  [
    'en',
    'I pay my rent by direct debit, does that still go out after I locked my debit card?',
    'card_freeze_effects',
  ],
  ['en', 'Do I get anything back for the perks on my card if I never use them?', 'credit_card_points'],
  ['zh-CN', '存款利息要不要我自己去申报？', 'interest_tax'],
  ['zh-CN', '春节前想换点新票子发红包，要预约吗', 'damaged_notes_and_coins'],
  ['zh-CN', '我信用卡快到日子了，新卡寄出来了吗', 'card_expiry_renewal'],
  // Colloquial names of the product itself.
  ['en', 'My shebao card is from your bank, how do I use it to take out cash?', 'social_security_card'],
  ['zh-CN', '人社卡丢了要先去哪里挂失？', 'social_security_card'],
];

describe('a question about one detail of an article', () => {
  it.each(cases)('[%s] %s → %s', (locale, question, article) => {
    expect(kb.top(question, locale)).toBe(article);
  });
});
