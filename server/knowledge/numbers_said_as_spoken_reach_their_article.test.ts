import { describe, expect, it } from 'vitest';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';
import { spokenAmountsAsDigits } from './spoken_numbers.ts';

// A speech recogniser writes what a customer says at the lobby screen: sums come as words ("ninety thousand"),
// and a plan already made comes with the perfective 了 before its number (分了六期).
const kb = shippedKnowledgeBase();

describe('a number said the way it is spoken', () => {
  const asked: Array<[string, 'zh-CN' | 'en', string]> = [
    [
      'I want to take out ninety thousand in cash next week do I have to tell you first',
      'en',
      'large_cash_withdrawal_notice',
    ],
    ['I withdrew four hundred and only got two hundred out', 'en', 'atm_cash_not_dispensed'],
    ['上个月分了六期 现在想提前还完 手续费怎么算', 'zh-CN', 'credit_card_installments'],
    ['分了24期还能改成一次还清吗', 'zh-CN', 'credit_card_installments'],
  ];
  it.each(asked)('%s (%s) → %s', (query, locale, id) => {
    expect(kb.top(query, locale)).toBe(id);
  });
});

describe('spokenAmountsAsDigits', () => {
  it('spells a spoken sum as digits', () => {
    expect(spokenAmountsAsDigits('take out eighty thousand yuan')).toBe('take out 80000 yuan');
    expect(spokenAmountsAsDigits('send a hundred thousand')).toBe('send 100000');
    expect(spokenAmountsAsDigits('two thousand five hundred and twenty')).toBe('2520');
    expect(spokenAmountsAsDigits('about sixty grand')).toBe('about 60 grand');
  });

  it('leaves a count that is no sum as words', () => {
    expect(spokenAmountsAsDigits('one card for two days and an hour')).toBe(
      'one card for two days and an hour',
    );
  });
});
