import { describe, expect, it } from 'vitest';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

// Very short typed asks with no verb, or with the thing named before what happens to it ("card paused",
// "upkeep charge", "spending online", "retirement fund tax deductible?"). Each question landed on another
// article, or was shut out by its article's `mentions`, before the phrases and patterns of
// `everyday_english_names.ts` and the articles' `mentions` named these shapes.
const kb = shippedKnowledgeBase();

describe('a terse ask with the thing named first reaches its article', () => {
  it.each([
    ['debit card paused, rent direct debit still ok?', 'card_freeze_effects'],
    ['monthly upkeep charge for current accounts?', 'account_management_fees'],
    ['turn off spending online for my card', 'card_payment_controls'],
    ['retirement fund tax deductible?', 'personal_pension_account'],
  ])('%s → %s', (query, id) => {
    expect(kb.top(query, 'en')).toBe(id);
  });

  // Near questions on the same things keep their own article.
  it.each([
    ['card lost, freeze it', 'lost_card_procedure'],
    ['pension not paid in this month', 'pension_payment_arrival'],
    ['new card replacement fee', 'card_replacement_fee'],
    ['daily transfer limit', 'transfer_limits'],
  ])('%s → %s', (query, id) => {
    expect(kb.top(query, 'en')).toBe(id);
  });
});
