import { describe, expect, it } from 'vitest';
import type { Locale } from '../protocol/protocol.ts';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

// The shipped knowledge base. A card a cash machine kept, said without naming the machine ("我卡被吞了",
// "银行卡被吞") or with a word the gate lacked ("卡吐不出来", "机器不还我卡", "the cashpoint has my card", "atm
// grabbed my card"), and a death said gently ("老伴没了", "人没了", "no longer with us", "we buried my dad"),
// were switched off by their articles' own `mentions:` gates, and another article (or none) answered.
const kb = shippedKnowledgeBase();

const CASES: Array<[string, Locale, string]> = [
  ['我卡被吞了', 'zh-CN', 'atm_card_retained'],
  ['银行卡被吞', 'zh-CN', 'atm_card_retained'],
  ['卡被吞了 怎么拿回来', 'zh-CN', 'atm_card_retained'],
  ['卡吐不出来了', 'zh-CN', 'atm_card_retained'],
  ['机器不还我卡', 'zh-CN', 'atm_card_retained'],
  ['自助机把我卡扣了', 'zh-CN', 'atm_card_retained'],
  ['卡插在机器里拿不出来', 'zh-CN', 'atm_card_retained'],
  ['the cashpoint has my card', 'en', 'atm_card_retained'],
  ['atm grabbed my card', 'en', 'atm_card_retained'],
  ['atm wont return my card', 'en', 'atm_card_retained'],
  ["my card didn't come out of the atm", 'en', 'atm_card_retained'],
  ['老伴没了，他卡里的钱怎么办', 'zh-CN', 'deceased_account_inheritance'],
  ['我爸人没了，他卡里还有钱', 'zh-CN', 'deceased_account_inheritance'],
  ['mum is no longer with us, what happens to her savings', 'en', 'deceased_account_inheritance'],
  ['we buried my dad last week, what happens to his money', 'en', 'deceased_account_inheritance'],
];

describe('a kept card and a death said in everyday words', () => {
  it.each(CASES)('%s (%s) → %s', (query, locale, id) => {
    expect(kb.top(query, locale)).toBe(id);
  });

  it.each([
    ['ATM吐钞少了两张', 'zh-CN'],
    ['the atm took my money but gave no cash', 'en'],
  ] as Array<[string, Locale]>)('cash a machine kept is not a kept card: %s (%s)', (query, locale) => {
    expect(kb.top(query, locale)).not.toBe('atm_card_retained');
  });
});
