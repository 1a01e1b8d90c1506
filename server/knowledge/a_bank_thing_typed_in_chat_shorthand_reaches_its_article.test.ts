import { describe, expect, it } from 'vitest';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

// English chat shorthand for a bank thing or an everyday word (cc, FD, TDS, 2x, thru, Hinglish kitna, a figure
// glued to its unit as 2yrs), read as the words it stands for, also by the concept patterns ("get a cc" is
// applying for a credit card). Each question landed on another article before `ENGLISH_SHORTHAND`, the
// period split of `analyzer.ts` and the shorthand spelt out for the patterns.
const kb = shippedKnowledgeBase();

describe('a bank thing typed in chat shorthand reaches its article', () => {
  it.each([
    ['what do i need to get a cc', 'credit_card_application'],
    ['best way to clear cc bill', 'credit_card_repayment_methods'],
    ['is TDS cut from my FD interest', 'interest_tax'],
    ['kitna interest on a 3yr FD', 'deposit_interest_rates'],
    ['charged 2x for one coffee', 'card_transaction_dispute'],
    ['payment to my friend didnt go thru', 'transfer_failed'],
  ])('%s → %s', (query, id) => {
    expect(kb.top(query, 'en')).toBe(id);
  });

  // Near questions with the same shorthand that ask something else keep their own article.
  it.each([
    ['cc statement when', 'credit_card_statement'],
    ['break my FD early penalty', 'fixed_deposit_early_withdrawal'],
    ['can i split my cc bill into instalments', 'credit_card_installments'],
    ['card declined at the shop', 'card_declined'],
    ['my card payment didnt go thru at the shop', 'card_declined'],
  ])('%s → %s', (query, id) => {
    expect(kb.top(query, 'en')).toBe(id);
  });
});
