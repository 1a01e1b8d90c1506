import { describe, expect, it } from 'vitest';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';
import { SpellingCorrector } from './spelling_corrector.ts';

// The shipped knowledge base: customers type fast on a phone and drop, double or swap letters.
const kb = shippedKnowledgeBase();

describe('a question with a typing slip', () => {
  const asked: Array<[string, string]> = [
    // These two used to get the card replacement fee and the lost card article.
    ['how to activte my new card', 'card_activation'],
    ['passbok lost', 'passbook_lost'],
    ['transfr failed what now', 'transfer_failed'],
    ['whats the intrest rate on a time deposit', 'deposit_interest_rates'],
    ['i did not recieve the verification code', 'sms_verification_code_not_received'],
    ['my debbit card was stolen', 'lost_card_procedure'],
  ];
  it.each(asked)('%s → %s', (query, id) => {
    expect(kb.search(query, 'en', 1)[0]?.article.id).toBe(id);
  });

  it('still finds the article when the question has everyday words the articles never use', () => {
    expect(kb.search('I think someone stole my card', 'en', 1)[0]?.article.id).toBe('lost_card_procedure');
  });
});

describe('SpellingCorrector', () => {
  const speller = new SpellingCorrector(['Report a lost passbook', 'Transfer limits and interest rates']);

  it('restores a dropped, doubled or swapped letter', () => {
    expect(speller.correct('passbok intrest transffer')).toBe('passbook interest transfer');
    expect(speller.correct('lmiits')).toBe('limits');
  });

  it('leaves known words, their inflections, contractions and other real words alone', () => {
    expect(speller.correct('transfers reported')).toBe('transfers reported');
    expect(speller.correct("couldn't think")).toBe("couldn't think");
    // A changed letter is not corrected: "rates" must not become a lookalike.
    expect(speller.correct('dates')).toBe('dates');
  });

  it('corrects a four-letter word only for two swapped letters and only into a topic word', () => {
    const topical = new SpellingCorrector(['Lost card', 'Sign here'], [], ['Lost card']);
    expect(topical.correct('lost crad')).toBe('lost card');
    // "sing" is two swapped letters from "sign", a word of the articles but not of their titles or tags.
    expect(topical.correct('sing')).toBe('sing');
    // A dropped letter in a short word is not corrected ("cad" stays).
    expect(topical.correct('cad')).toBe('cad');
  });
});
