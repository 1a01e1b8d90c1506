import { describe, expect, it } from 'vitest';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';
import { withoutLetterFormulas } from './letter_formulas.ts';

// English questions written as a letter to the bank, whose formulas (Dear Sir/Madam, "I am writing to
// enquire", "I would be grateful if you could advise", "Kindly advise", "I regret to say that") used to
// outweigh the subject, and whose formal words for it (an incorrect account, banknotes not dispensed, a card
// temporarily blocked, an automated system or a member of staff) did not name it; and questions in a
// learner's literal words (a card's "finish date", a loan "for buy house", a "small box in the bank", a bill
// "divided to pay in many months", cancelling an account with a word between, the machine that "give me only"
// part, a hotel that kept a deposit, a card that pays "without password when I tap", the "electric bill").
const kb = shippedKnowledgeBase();

describe('a question in a formal letter reaches its article', () => {
  it.each([
    [
      'Dear Sir or Madam, I am writing to enquire about a payment of ¥3,200 that I made in error to an incorrect account on Monday. I would be grateful if you could advise how it may be recalled.',
      'mistaken_transfer_recovery',
    ],
    [
      'Dear Sir/Madam, I am thinking of temporarily blocking my debit card. Kindly advise whether my pension will continue to be paid into the account.',
      'card_freeze_effects',
    ],
    [
      'Dear Sir/Madam, could you kindly confirm whether these replies are written by an automated system or by a member of staff?',
      'assistant_capabilities',
    ],
    [
      'To whom it may concern, my account was debited at your cash machine on Friday but no banknotes were dispensed. I should be grateful if you could explain how I may have the sum returned. Yours faithfully',
      'atm_cash_not_dispensed',
    ],
  ] as const)('%s → %s', (query, id) => {
    expect(kb.top(query, 'en')).toBe(id);
  });

  it('reads the formulas away and keeps what they introduce', () => {
    expect(
      withoutLetterFormulas(
        'Dear Sir/Madam, I would be grateful if you could explain the difference between the spot rate and the cash rate. Kind regards',
        'en',
      ),
    ).toBe('the difference between the spot rate and the cash rate.');
  });
});

describe("a question in a learner's literal words reaches its article", () => {
  it.each([
    ['my debit card finish date is next month, the new one come by post?', 'card_expiry_renewal'],
    ['I want loan to buy a flat, how much I can borrow if I am 52?', 'mortgage_application'],
    ['bank have box in the bank for keep my jewellery? how much it cost?', 'safe_deposit_box'],
    ['is there a box in the bank where I can keep my gold rings? price?', 'safe_deposit_box'],
    [
      'my credit card bill this month very high, I can divide to pay in some months?',
      'credit_card_installments',
    ],
    ['I want cancel the second debit account I do not use, how?', 'account_closure'],
    ['ATM give me only 500 but my card show 1000 taken out, what I do?', 'atm_cash_not_dispensed'],
    [
      'the car rental company keep a deposit on my card, I returned the car ten days ago, when money come back?',
      'card_transaction_dispute',
    ],
    [
      'my card can pay without password when I tap it at shop, how to switch this off?',
      'card_payment_controls',
    ],
    ['I paid the electric bill to wrong account number, what I can do?', 'utility_bill_payment'],
  ] as const)('%s → %s', (query, id) => {
    expect(kb.top(query, 'en')).toBe(id);
  });
});

describe('a near neighbour still reaches its own article', () => {
  it.each([
    ['I lost my card on the bus, how do I block it?', 'lost_card_procedure'],
    ['I sent money to the wrong person by mistake, how do I get it back?', 'mistaken_transfer_recovery'],
    ['how much cash can I take out of an ATM in one day?', 'atm_withdrawal_limit'],
    ['I want a loan to buy a car, what documents do I need?', 'loan_application_requirements'],
    ['my type 2 account says over limit when someone sends me money', 'type2_account_limits'],
    ['the hotel charged my card twice for one night', 'card_transaction_dispute'],
  ] as const)('%s → %s', (query, id) => {
    expect(kb.top(query, 'en')).toBe(id);
  });
});
