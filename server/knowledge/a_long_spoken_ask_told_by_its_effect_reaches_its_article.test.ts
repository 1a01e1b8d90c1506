import { describe, expect, it } from 'vitest';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

// Long voice transcripts, fillers and personal context first, that tell the matter by its effect rather than
// by the bank's word: a card that fell out of a bag, a purchase broken into smaller bits, something got back
// for spending, internet shopping turned off. Each landed on another article before the phrases and patterns
// of `everyday_english_names.ts` (lost, installment, points, online_payment) named them.
const kb = shippedKnowledgeBase();

describe('a long spoken ask told by its effect reaches its article', () => {
  it.each([
    [
      'so um i was at the gym and i think the card fell out of my bag somewhere uh how do i make sure nobody can spend on it',
      'lost_card_procedure',
    ],
    [
      'er i put a big sofa on my credit card and uh can i break that into smaller bits over the next year',
      'credit_card_installments',
    ],
    [
      'my friend said uh you get something back whenever you spend on the credit card how do i check what i have',
      'credit_card_points',
    ],
    [
      'my kid sister keeps buying stuff with my card uh i want to turn off internet shopping completely can i do it in the app',
      'card_payment_controls',
    ],
  ])('%s → %s', (query, id) => {
    expect(kb.top(query, 'en')).toBe(id);
  });

  // Near stories that ask something else keep their own article.
  it.each([
    ['um my card got chewed up by the dog, uh how much is a new one', 'card_replacement_fee'],
    ['so er my daughter is fifteen and uh can she have her own account with me', 'child_and_joint_accounts'],
    ['uh the shop said my card was declined even though um there is money in it', 'card_declined'],
  ])('%s → %s', (query, id) => {
    expect(kb.top(query, 'en')).toBe(id);
  });
});
