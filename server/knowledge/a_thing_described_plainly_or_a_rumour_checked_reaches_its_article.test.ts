import { describe, expect, it } from 'vitest';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

// English asks that name a bank thing by a plain description instead of the bank's word (the little paper
// book for a passbook, the state's money for retired people for a pension, a phone that beeps for an alert,
// spending power for a credit limit, paying the government for tax on interest), by an everyday name (a
// secret number for a PIN, a score in the app for points, a real human for the hotline), or that check a
// rumour by telling it ("the rate is the same whether you sell or buy": a claim, not a matter set aside).
const kb = shippedKnowledgeBase();

describe('a thing described plainly or a rumour checked reaches its article', () => {
  it.each([
    ['my little paper book with all my savings in it has gone, help', 'passbook_lost'],
    ['the money the state pays me as a retired person has not shown up', 'pension_payment_arrival'],
    ['can my phone beep each time cash leaves my account', 'sms_transaction_alerts'],
    ['how do I get more spending power on my card', 'credit_limit_increase'],
    ['must I pay the government something on what my deposits earn', 'interest_tax'],
    ['I cannot hear and speak poorly, can I still be served at your counter', 'accessibility_services'],
    ['someone offered to wipe the missed payments from my record for a fee, real?', 'credit_report'],
    ['can I pay off a big purchase on my card bit by bit', 'credit_card_installments'],
    ['the till at the supermarket keeps saying no to my card', 'card_declined'],
    ['can I stop my card working on websites', 'card_payment_controls'],
  ] as const)('a thing described plainly: %s → %s', (query, id) => {
    expect(kb.top(query, 'en')).toBe(id);
  });

  it.each([
    [
      'my grandson wants to change the secret number on my card for me, is that allowed',
      'password_reset_procedure',
    ],
    ['there is a score in the app that climbs when I shop, what is it good for', 'credit_card_points'],
    ['what happens to my savings if your bank closed down', 'deposit_insurance'],
  ] as const)('a thing by an everyday name: %s → %s', (query, id) => {
    expect(kb.top(query, 'en')).toBe(id);
  });

  it.each([
    [
      'my uncle claims the euro rate is the same whether you sell or buy. is that how it works with you?',
      'exchange_rate_query',
    ],
  ] as const)('a rumour checked by telling it: %s → %s', (query, id) => {
    expect(kb.top(query, 'en')).toBe(id);
  });

  it.each([
    ['my old phone number stays the same, how do I move the app to a new phone', 'mobile_banking_new_phone'],
    ['the bank closed early yesterday, what time do you open on weekdays', 'branch_hours'],
    ['what does it cost to keep an account open each month', 'account_management_fees'],
  ] as const)('keeps a near question at its own article: %s → %s', (query, id) => {
    expect(kb.top(query, 'en')).toBe(id);
  });
});
