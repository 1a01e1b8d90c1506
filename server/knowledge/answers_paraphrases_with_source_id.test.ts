import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../protocol/protocol.ts';
import { FileKnowledgeBase } from './file_knowledge_base.ts';
import { FIXTURE_ARTICLES, writeFixtureKnowledge } from './testing/fixture_articles.ts';

let root: string;
let kb: FileKnowledgeBase;

beforeAll(() => {
  root = writeFixtureKnowledge();
  kb = new FileKnowledgeBase({ root, watch: false });
});

afterAll(() => {
  kb.close();
  rmSync(root, { recursive: true, force: true });
});

describe('FileKnowledgeBase.search', () => {
  // None of these is an article question: they paraphrase one, often with a synonym.
  const paraphrases: Array<[string, Locale, string]> = [
    ['我的卡找不到了', 'zh-CN', 'lost_card'],
    ['口令想不起来了', 'zh-CN', 'password_reset'],
    ['礼拜天开不开门', 'zh-CN', 'branch_hours'],
    ['给别的银行转钱收费不', 'zh-CN', 'transfer_fees'],
    ['柜员机每天能取多少', 'zh-CN', 'atm_limit'],
    ['美金兑人民币是多少', 'zh-CN', 'exchange_rate'],
    ['银行破产了我的存款还在吗', 'zh-CN', 'deposit_insurance'],
    ['信用卡年费怎么才能不交', 'zh-CN', 'credit_card_annual_fee'],
    ['my card is missing', 'en', 'lost_card'],
    ["I can't remember my passcode", 'en', 'password_reset'],
    ['are you open on sunday', 'en', 'branch_hours'],
    ['does wiring money to another bank cost anything', 'en', 'transfer_fees'],
    ['cash machine daily maximum', 'en', 'atm_limit'],
    ['how much is the euro today', 'en', 'exchange_rate'],
    ['is my money safe if the bank goes bust', 'en', 'deposit_insurance'],
    ['yearly fee on my credit card', 'en', 'credit_card_annual_fee'],
  ];

  it.each(paraphrases)('%s (%s) → %s', (query, locale, id) => {
    const [top] = kb.search(query, locale, 3);
    expect(top?.article.id).toBe(id);
    expect(top?.article.locale).toBe(locale);
    expect(top?.score).toBeGreaterThan(0.2);
    expect(top?.score).toBeLessThanOrEqual(1);
  });

  it('returns at most k hits, best first, with scores in [0, 1]', () => {
    const hits = kb.search('转账手续费', 'zh-CN', 3);
    expect(hits.length).toBeLessThanOrEqual(3);
    expect(hits[0]?.article.id).toBe('transfer_fees');
    for (let i = 1; i < hits.length; i++)
      expect(hits[i - 1]?.score).toBeGreaterThanOrEqual(hits[i]?.score ?? 0);
    for (const h of hits) expect(h.score).toBeGreaterThan(0);
  });

  it('scores an exact article question higher than a loose paraphrase', () => {
    const exact = kb.search('银行卡丢了怎么办', 'zh-CN', 1)[0]?.score ?? 0;
    const loose = kb.search('我的卡找不到了', 'zh-CN', 1)[0]?.score ?? 0;
    expect(exact).toBeGreaterThan(loose);
    expect(exact).toBeGreaterThan(0.5);
  });

  it('gives out-of-domain questions low scores', () => {
    for (const [q, locale] of [
      ['明天天气怎么样', 'zh-CN'],
      ['how do I cook rice', 'en'],
    ] as const) {
      expect(kb.search(q, locale, 1)[0]?.score ?? 0).toBeLessThan(0.25);
    }
  });

  it('returns nothing for empty or punctuation-only queries', () => {
    expect(kb.search('', 'en')).toEqual([]);
    expect(kb.search('？？！', 'zh-CN')).toEqual([]);
  });

  it('keeps locales apart', () => {
    expect(kb.search('lost card', 'en')[0]?.article.locale).toBe('en');
    expect(kb.search('银行卡丢了', 'zh-CN')[0]?.article.locale).toBe('zh-CN');
  });
});

describe('FileKnowledgeBase.get and size', () => {
  it('finds articles by id and locale', () => {
    expect(kb.get('branch_hours', 'en')?.title).toBe('Branch opening hours');
    expect(kb.get('branch_hours', 'zh-CN')?.title).toBe('网点营业时间');
    expect(kb.get('nope', 'en')).toBeUndefined();
    expect(kb.size).toBe(FIXTURE_ARTICLES.length);
  });
});
