import { describe, expect, it } from 'vitest';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

// A customer at the lobby screen tells what happened at the machine without naming it: asked for one sum,
// got a smaller one ("取了两千 就吐了一千", "I withdrew four hundred and only got two hundred").
const kb = shippedKnowledgeBase();

describe('a withdrawal that gave too little, the machine unnamed', () => {
  it.each([
    ['取了两千 就吐了一千 少的钱怎么办', 'zh-CN', 'atm_cash_not_dispensed'],
    ['取了五百 就吐了三百 少了两百怎么办', 'zh-CN', 'atm_cash_not_dispensed'],
    ['I withdrew 600 and only got 300 out', 'en', 'atm_cash_not_dispensed'],
    ['made a withdrawal of 1000 and only got 800', 'en', 'atm_cash_not_dispensed'],
  ] as const)('%s (%s) → %s', (query, locale, id) => {
    expect(kb.top(query, locale)).toBe(id);
  });
});
