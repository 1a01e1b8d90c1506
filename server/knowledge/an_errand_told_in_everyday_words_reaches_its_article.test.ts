import { describe, expect, it } from 'vitest';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

// A bank errand told in plain words rather than the bank's: agreeing the hour with the bank beforehand, a
// branch asked for by its street, a new card made usable, a card locked by its owner, money sent to another
// bank, a blind customer opening an account.
const kb = shippedKnowledgeBase();

describe('an errand told in everyday words reaches its article', () => {
  it.each([
    ['我想先跟你们说好明天几点去，省得排队', 'appointment_booking'],
    ['你们杭州的营业厅在哪条路上', 'branch_locations'],
    ['刚寄到的新卡，插进去用不了，怎么让它能用', 'card_activation'],
    ['听说盲人不能自己来开户，要亲属代办才行？', 'accessibility_services'],
  ] as const)('%s → %s', (query, id) => {
    expect(kb.top(query, 'zh-CN')).toBe(id);
  });

  it.each([
    ["I want to tell the bank ahead which day and hour I'm coming so I don't queue", 'appointment_booking'],
  ] as const)('%s (en) → %s', (query, id) => {
    expect(kb.top(query, 'en')).toBe(id);
  });

  it('keeps a phone company’s service hall as it was', () => {
    expect(kb.top('手机营业厅充话费没到账', 'zh-CN')).not.toBe('branch_locations');
  });
});
