/**
 * Test support: a small in-memory `KnowledgeBase` over hand-written articles, scored by character-bigram
 * overlap (works for Chinese and English without a segmenter). Enough to decide "relevant or not".
 */
import type { Article } from '../../knowledge/article_schema.ts';
import type { Locale } from '../../protocol/protocol.ts';
import type { FaqHit, KnowledgeBase } from '../../nlu/understanding.ts';

function grams(text: string): Set<string> {
  const s = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ');
  const out = new Set<string>();
  for (const word of s.split(' ')) {
    if (/^[a-z0-9]+$/.test(word)) {
      if (word.length > 2) out.add(word);
      continue;
    }
    const chars = [...word];
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  }
  return out;
}

export class FakeKnowledgeBase implements KnowledgeBase {
  constructor(private readonly articles: readonly Article[]) {}

  get size(): number {
    return this.articles.length;
  }

  get(id: string, locale: Locale): Article | undefined {
    return this.articles.find((a) => a.id === id && a.locale === locale);
  }

  search(query: string, locale: Locale, k = 3): FaqHit[] {
    const q = grams(query);
    if (q.size === 0) return [];
    return this.articles
      .filter((a) => a.locale === locale)
      .map((article) => {
        const doc = grams([article.title, ...article.questions].join(' '));
        let shared = 0;
        for (const g of q) if (doc.has(g)) shared++;
        return { article, score: shared / q.size };
      })
      .filter((h) => h.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, k);
  }
}

const article = (
  id: string,
  locale: Locale,
  title: string,
  questions: string[],
  answer: string,
): Article => ({ id, locale, title, questions, answer, tags: [], path: `${locale}/${id}.md` });

/** Two articles per locale with real figures, as in `knowledge/`. */
export const SAMPLE_ARTICLES: Article[] = [
  article(
    'transfer_fees',
    'zh-CN',
    '转账手续费',
    ['转账要手续费吗', '跨行转账收不收钱', '柜台汇款手续费多少'],
    '沙盒银行通过手机银行、网上银行办理境内人民币转账，均免收手续费。柜台跨行转账1万元（含）以下每笔5元，1万至10万元（含）每笔10元，100万元以上按金额的0.002%收取，每笔最高200元。',
  ),
  article(
    'deposit_insurance',
    'zh-CN',
    '存款保险',
    ['存款保险能赔多少', '银行倒闭了存款能拿回来吗'],
    '同一存款人在同一家银行的存款本金和利息合并计算，最高偿付50万元。理财产品不属于存款，不在保障范围内。',
  ),
  article(
    'transfer_fees',
    'en',
    'Transfer fees',
    ['Do transfers cost anything?', 'Is there a fee to send money to another bank', 'counter transfer fee'],
    'Sandbox Bank charges no fee for domestic RMB transfers made in mobile or online banking. Interbank transfers at a branch counter cost ¥5 each up to ¥10,000 and ¥10 each from ¥10,000 to ¥100,000; over ¥1,000,000 the fee is 0.002% of the amount, capped at ¥200.',
  ),
  article(
    'deposit_insurance',
    'en',
    'Deposit insurance',
    ['How much does deposit insurance cover?', 'Is my money safe if the bank fails'],
    'Deposits of one depositor at one bank, principal and interest together, are covered up to ¥500,000. Wealth management products are not deposits and are not covered.',
  ),
];
