import { describe, expect, it } from 'vitest';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

// Wordings that missed their article: a card "out of date", a block put "on" one's own card, telling the bank
// before a trip, a pile of cash paid in, a "term deposit", an "account keeping" fee, the bank's check asking
// for identity or the purpose of the money (补充身份信息, 核实资金用途), and a card not given back with a word
// between (卡一直没吐出来).
const kb = shippedKnowledgeBase();

describe('loosely said questions reach their article', () => {
  it.each([
    ['the card in my wallet is out of date, now what', 'en', 'card_expiry_renewal'],
    ['I put a lock on my card for now, will my salary still come in', 'en', 'card_freeze_effects'],
    ["do I need to tell the bank I'm travelling", 'en', 'card_use_abroad'],
    ['paying in loads of cash this week, any issue', 'en', 'large_cash_deposit'],
    ['can I pay in a big bundle of notes', 'en', 'large_cash_deposit'],
    ['what do term deposits earn with you', 'en', 'deposit_interest_rates'],
    ['is there an account keeping fee on the everyday account', 'en', 'account_management_fees'],
    [
      'the app will not let me pay anyone until I confirm the purpose of my funds',
      'en',
      'account_restricted_by_bank',
    ],
    ['转不了账了，手机银行说要先补充身份信息', 'zh-CN', 'account_restricted_by_bank'],
    ['银行让我核实资金用途，现在卡里的钱转不出去', 'zh-CN', 'account_restricted_by_bank'],
    ['在自助机上取钱，卡一直没吐出来，怎么办', 'zh-CN', 'atm_card_retained'],
  ] as const)('%s (%s) → %s', (query, locale, id) => {
    expect(kb.top(query, locale)).toBe(id);
  });

  it('still reads an out-of-date ID card as the ID, and a fee not refunded as no kept card', () => {
    expect(kb.top('can I open an account with an out of date identity card', 'en')).not.toBe(
      'card_expiry_renewal',
    );
    expect(kb.top('信用卡年费不退回吗', 'zh-CN')).not.toBe('atm_card_retained');
  });
});
