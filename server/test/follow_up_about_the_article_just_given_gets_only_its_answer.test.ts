/**
 * Through the real server: a short follow-up about the article the customer has just read ("能免吗" after the
 * annual fee, "一年多少钱" after the safe deposit box, "How far in advance?" after large cash withdrawals) was
 * answered with the whole article again, the answer hidden in what they had already read. Now the reply is the
 * article's lines that speak of the question, with the same source; when none or nearly all of them do, the
 * whole article as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  talk as talkWith,
  transactionsServer,
  type TransactionsServer,
} from '../flows/testing/transactions_test_kit.ts';
import type { Locale, Reply } from '../protocol/protocol.ts';

/** [locale, the question, the follow-up, what the excerpt must say, what it must leave out] */
const EXCERPTS: Array<[Locale, string, string, RegExp, RegExp]> = [
  ['zh-CN', '信用卡年费怎么收的', '能免吗', /首年免年费[\s\S]*满6次/, /白金卡年费1000元/],
  ['zh-CN', '保管箱怎么租', '一年多少钱', /元/, /^$/],
  ['en', 'do I need to book to withdraw a large amount of cash', 'How far in advance?', /day/, /^$/],
  ['en', 'how do I rent a safe deposit box', 'How much per year?', /¥/, /^$/],
];

describe('a follow-up about the article just given', () => {
  let kit: TransactionsServer;
  beforeAll(async () => {
    kit = await transactionsServer({ redis: false });
  });
  afterAll(() => kit.close());

  const talk = (locale: Locale, texts: string[]): Promise<Reply[]> => talkWith(kit, locale, texts);

  it.each(EXCERPTS)(
    '%s "%s", then "%s": only the lines that answer it',
    async (locale, q, followUp, says, omits) => {
      const [article, reply] = await talk(locale, [q, followUp]);
      expect(article!.kind).toBe('faq');
      expect(reply!.source?.id).toBe(article!.source?.id);
      expect(reply!.text.length).toBeLessThan(article!.text.length);
      expect(reply!.text).toMatch(says);
      if (omits.source !== '^$') expect(reply!.text).not.toMatch(omits);
      // Every line is the article's own words.
      for (const line of reply!.text.split('\n')) expect(article!.text).toContain(line);
    },
  );

  it('gives the whole article to a first question, and to a follow-up that gets another article', async () => {
    const [first] = await talk('zh-CN', ['信用卡年费怎么收的']);
    const [, other] = await talk('zh-CN', ['信用卡年费怎么收的', '补卡要钱吗']);
    expect(first!.text).toMatch(/白金卡年费1000元/);
    expect(other!.source?.id).not.toBe('credit_card_annual_fee');
  });
});
