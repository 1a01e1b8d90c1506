/**
 * A question that asks only what something costs ("how much does it cost to send money abroad", "往国外汇钱要多少
 * 手续费"), answered by an article about more than its price: the overseas remittance limits article opened
 * with the FX quota, and the fee the customer asked about came third. Now its lines on the price are the
 * answer (article_excerpt.ts). Not when the article is about a price itself (transfer fees, the annual fee:
 * its title says so) or opens with it ("…兑出、兑回都免费"), nor when the question asks something else too (how long, how much can be sent,
 * documents, a rate), nor a "why" or a fee already taken ("为什么扣我手续费"): that is a dispute, not a price.
 */
import type { Locale } from '../protocol/protocol.ts';
import { articleExcerpt } from './article_excerpt.ts';

const ASKS_FEE =
  /手续费|费用|收费|收不收费|收钱|要钱吗|要不要钱|汇款费|电报费|服务费|工本费|\b(?:fees?|costs?|charges?)\b/i;
const ASKS_ELSE =
  /多久|几天|几个工作日|什么时候|额度|限额|上限|最多|材料|证件|身份证|证明|利率|利息|汇率|为什么|为啥|扣了|扣我|被扣|\b(?:how long|when|days|limits?|quotas?|caps?|max|maximum|documents?|id|proof|interest|rates?|why|deducted|took|taken|charged)\b/i;
/**
 * A line (or title) that speaks of a price: 手续费, 电报费, 免费, "fee", "cable charge", "free of charge"; not 学费 or
 * 消费 (tuition, spending), nor "interest-free".
 */
const SPEAKS_FEE =
  /(?:手续|电报|工本|服务|管理|转换|附加|年|月)费|收费|免费|费用|费率|扣费|\b(?:fees?|charges?|costs?|charged)\b|(?<!-)\bfree\b/i;

/** The message asks what something costs, and nothing else. */
export function asksOnlyTheFee(text: string): boolean {
  return ASKS_FEE.test(text) && !ASKS_ELSE.test(text);
}

/**
 * The lines of an article that say what its subject costs, when the article is about more than that; null
 * when its title is about a price already, or no line (or every line) speaks of one.
 */
export function feeLines(article: { title: string; answer: string }, locale: Locale): string | null {
  if (SPEAKS_FEE.test(article.title) || SPEAKS_FEE.test(leadOf(article.answer, locale))) return null;
  return articleExcerpt(article.answer, locale, (line) => SPEAKS_FEE.test(line));
}

/** The article's first sentence: an article that opens with the price leads with it already. */
function leadOf(answer: string, locale: Locale): string {
  const first = answer.trim().split('\n')[0] ?? '';
  return (
    (locale === 'en' ? first.split(/(?<=[.!?])\s+(?=[A-Z"“(])/) : first.split(/(?<=[。！？；])/u))[0] ?? ''
  );
}
