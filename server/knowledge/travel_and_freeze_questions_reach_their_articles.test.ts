import { describe, expect, it } from 'vitest';
import type { Locale } from '../protocol/protocol.ts';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

// The shipped knowledge base: a walkthrough found a customer about to travel ("I am going to thailand next
// week", "我要出国了，卡需要报备吗") told that was outside the banking services, and a question about what a
// freeze stops ("冻结之后还能用支付宝吗") with no article, so the freeze flow froze the card. Asked here in
// wordings that are not the articles' own `questions:` lines; how to freeze, a lost card and cash abroad keep
// their own articles.
const kb = shippedKnowledgeBase();

describe('travelling with a card, and what a freeze stops', () => {
  const asked: Array<[string, Locale, string]> = [
    ['I am going to thailand next week', 'en', 'card_use_abroad'],
    ['do I have to inform the bank before a holiday in Spain', 'en', 'card_use_abroad'],
    ['will my card work for shopping in Tokyo', 'en', 'card_use_abroad'],
    ['paying by card in Europe, is there a conversion fee', 'en', 'card_use_abroad'],
    ['我要出国了，卡需要报备吗', 'zh-CN', 'card_use_abroad'],
    ['去美国出差刷卡有没有货币转换费', 'zh-CN', 'card_use_abroad'],
    ['if I freeze my card will my salary still come in', 'en', 'card_freeze_effects'],
    ['does a frozen card stop my direct debits', 'en', 'card_freeze_effects'],
    ['冻结之后还能用支付宝吗', 'zh-CN', 'card_freeze_effects'],
    ['卡冻住了房贷代扣还会扣吗', 'zh-CN', 'card_freeze_effects'],
    ['冻结期间别人转给我的钱能收到吗', 'zh-CN', 'card_freeze_effects'],
    // neighbours keep theirs
    ['how to freeze my debit card', 'en', 'lost_card_procedure'],
    ['银行卡被偷了咋冻结', 'zh-CN', 'lost_card_procedure'],
    ['how much can I withdraw from an ATM in Japan per day', 'en', 'overseas_cash_withdrawal'],
  ];

  it.each(asked)('%s (%s) → %s', (query, locale, id) => {
    const [top] = kb.search(query, locale, 3);
    expect(top?.article.id).toBe(id);
  });
});
