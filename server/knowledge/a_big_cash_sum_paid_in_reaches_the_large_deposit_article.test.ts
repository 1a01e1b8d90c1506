import { describe, expect, it } from 'vitest';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

// Paying a lot of cash in, said without the word "deposit" or without a number: "put it all in the machine",
// 存一大笔现金.
const kb = shippedKnowledgeBase();

describe('a big sum of cash paid in', () => {
  it.each([
    ['I have like 80000 in cash can I put it all in the machine', 'en', 'large_cash_deposit'],
    ['got a pile of cash from my shop, can I put them all in the atm', 'en', 'large_cash_deposit'],
    ['我想存一大笔现金 要准备什么', 'zh-CN', 'large_cash_deposit'],
    ['存很多现金要不要说明来源', 'zh-CN', 'large_cash_deposit'],
  ] as const)('%s (%s) → %s', (query, locale, id) => {
    expect(kb.top(query, locale)).toBe(id);
  });

  it('still reads a big sum taken out as a withdrawal', () => {
    expect(kb.top('取一大笔现金要预约吗', 'zh-CN')).toBe('large_cash_withdrawal_notice');
  });
});
