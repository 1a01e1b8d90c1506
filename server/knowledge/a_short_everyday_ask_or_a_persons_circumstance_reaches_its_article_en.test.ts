import { describe, expect, it } from 'vitest';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

// English questions asked the short everyday way or told through the customer's own circumstances, whose words
// for the matter did not name it: a balance that gets "really" or "quite" low (the account's keeping fee); a
// card's cap "too low" with an ask for it to go up (a credit limit raised); a "good wad" or "big lump" of cash
// taken out, and a "flat deposit" that is a payment on a home, not money paid in (a large cash withdrawal);
// whether the assistant can "actually" do an errand for the customer; how many goes a sum takes at a machine,
// or another bank's machine named by the bank (ICBC); a purchase told by the verb ("tried paying for ... online")
// that bounced (a card declined); a firm's account opened by its finance manager for its director (a business
// account); the app's password typed wrong until the app locked (a login problem, not a card's PIN); a transfer
// the other bank sent back (a failed transfer).
const kb = shippedKnowledgeBase();

describe('a short everyday ask or a particular circumstance reaches its article', () => {
  it.each([
    ['Will I be charged something if my balance gets really low?', 'account_management_fees'],
    ['Will you take a fee off me when my balance drops quite low?', 'account_management_fees'],
    ['My card cap is too low, can it go higher?', 'credit_limit_increase'],
    ['need to get out a good wad of cash for a flat deposit tomorrow', 'large_cash_withdrawal_notice'],
    [
      'Apart from giving information, could you actually transfer money for me after I log in?',
      'assistant_capabilities',
    ],
    [
      'I need 9,000 for rent tonight from the ICBC machine near my place, how many goes and what fee?',
      'atm_withdrawal_limit',
    ],
    [
      'How many times do I have to take money out at a Bank of China ATM for 10,000, and is there a charge?',
      'atm_withdrawal_limit',
    ],
    ['I tried paying for a jacket online and it bounced even though the money is there', 'card_declined'],
    ['was buying a bike on a website last night and it got rejected, why?', 'card_declined'],
    [
      "As the finance manager, what must I bring to open our firm's account when the director can't come on his own behalf?",
      'corporate_account_opening',
    ],
    [
      "I typed my app password wrong and it's locked now, I have to pay someone today, is there a faster way than waiting?",
      'mobile_banking_login_problems',
    ],
    [
      "The other bank sent my payment back, and it still isn't in my account after two days",
      'transfer_failed',
    ],
  ] as const)('%s → %s', (query, id) => {
    expect(kb.top(query, 'en')).toBe(id);
  });
});

describe('a neighbouring ask keeps its own article', () => {
  it.each([
    // A limit too low that is not the card's credit: a transfer's.
    ["My card's transfer limit is too low, how do I raise it?", 'transfer_limits'],
    // A big sum of cash paid in, not taken out.
    ["I'm paying in a big pile of cash for my shop, anything I must bring?", 'large_cash_deposit'],
    // An errand asked of the assistant now, not whether it can do one.
    ['I lost my card, can you freeze it for me right now?', 'lost_card_procedure'],
    // A money transfer to a person that bounced, not a purchase.
    ['I tried to send money to my brother and it bounced back, where is it now?', 'transfer_failed'],
    // A personal account opened on someone's behalf, no business named.
    ["Can my sister open an account on my behalf while I'm working overseas?", 'account_opening_documents'],
    // A card's PIN locked, not the app's password.
    [
      "I keyed my card PIN wrong three times at the cash machine and now it's locked",
      'password_reset_procedure',
    ],
    // Money sent to the wrong person, not returned by the other bank.
    ['I paid the wrong person by mistake, how do I get the money back?', 'mistaken_transfer_recovery'],
  ] as const)('%s → %s', (query, id) => {
    expect(kb.top(query, 'en')).toBe(id);
  });
});
