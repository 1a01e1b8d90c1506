import { describe, expect, it } from 'vitest';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

// 销 (close) and 消 sound alike; a speech recogniser or a pinyin keyboard writes 把卡消掉 for 把卡销掉.
const kb = shippedKnowledgeBase();

describe('a card or an account closed with 消 for 销', () => {
  it.each([
    ['卡消掉了还能查以前的流水吗', 'account_closure'],
    ['我想消卡 要带身份证吗', 'account_closure'],
  ])('%s → %s', (query, id) => {
    expect(kb.top(query, 'zh-CN')).toBe(id);
  });

  it('still reads 取消 and a record removed as what they are, not a closure', () => {
    expect(kb.top('逾期记录能消掉吗', 'zh-CN')).toBe('credit_report');
    expect(kb.top('自动扣款怎么取消掉', 'zh-CN')).not.toBe('account_closure');
  });

  it('reads the English closure as before', () => {
    expect(kb.top('I want to close my card, what do I need to bring', 'en')).toBe('account_closure');
  });
});
