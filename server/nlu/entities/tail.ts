/**
 * The last four digits of a card or account: 尾号1234, 末四位1234, 卡号后四位是1234, 以1234结尾的卡,
 * ending in 4321, card ending 4321, last 4 digits 1234, 尾号一二三四. Type `account_tail` when the nearest
 * product word is an account (账户, 账号, 存折, account), else `card_tail`. Value the four digits.
 */
import { span, PRIORITY, type Candidate, type ExtractContext } from './candidate.ts';
import { cnDigitsToAscii } from './numerals.ts';

const DIGITS4 = '(\\d{4}|[零〇一二三四五六七八九幺]{4})';
const PATTERNS: RegExp[] = [
  new RegExp(
    `(?:尾号|尾数|末四位|末4位|后四位|后4位|最后四位|最后4位)(?:数字|号码)?\\s*(?:是|为|[:：])?\\s*${DIGITS4}(?![\\d零〇一二三四五六七八九])`,
    'g',
  ),
  new RegExp(`(?:以|是)?${DIGITS4}(?:结尾|为结尾)`, 'g'),
  /\b(?:ending|ends|ended)\s+(?:in|with)?\s*(?:the\s+digits\s+)?(\d{4})(?!\d)/gi,
  /\blast\s+(?:4|four)(?:\s+digits?)?(?:\s+(?:of\s+(?:my|the)\s+\w+\s+)?(?:is|are|:))?\s*(\d{4})(?!\d)/gi,
  /(?:\*{2,}|\bx{2,}|\bX{2,})\s?(\d{4})(?!\d)/g,
  // Four digits naming a card or account: 用5678那张卡, 5678的账户, 从6789这个账户, my 5678 account, the 5678 card.
  new RegExp(
    `(?<![\\d零〇一二三四五六七八九])${DIGITS4}\\s*(?:的|那张|这张|那个|这个)?\\s*(?:卡|账户|账号|帐户|帐号|存折)`,
    'g',
  ),
  /\b(?:my|the|that|this)\s+(\d{4})\s+(?:card|account|acct)s?\b/gi,
];
const CARD_WORDS = /卡|\bcards?\b/gi;
const ACCOUNT_WORDS = /账户|账号|帐号|帐户|存折|\baccounts?\b|\bacct\b/gi;

function nearest(re: RegExp, text: string, start: number, end: number): number {
  let best = Infinity;
  for (const m of text.matchAll(re)) {
    const d =
      m.index >= end ? m.index - end : m.index + m[0].length <= start ? start - (m.index + m[0].length) : 0;
    best = Math.min(best, d);
  }
  return best;
}

export function extractTails(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  for (const re of PATTERNS) {
    for (const m of ctx.text.matchAll(re)) {
      const digits = cnDigitsToAscii(m[1] ?? '');
      if (!digits || digits.length !== 4) continue;
      const start = m.index;
      const end = m.index + m[0].length;
      // The same four digits found by an earlier, more specific pattern (尾号5678的账户): keep that one.
      if (out.some((c) => c.entity.start < end && start < c.entity.end)) continue;
      const window = ctx.text.slice(Math.max(0, start - 30), Math.min(ctx.text.length, end + 15));
      const offset = Math.max(0, start - 30);
      const toCard = nearest(CARD_WORDS, window, start - offset, end - offset);
      const toAccount = nearest(ACCOUNT_WORDS, window, start - offset, end - offset);
      const type = toAccount < toCard ? 'account_tail' : 'card_tail';
      out.push({ entity: span(ctx.original, type, digits, start, end), priority: PRIORITY.tail });
    }
  }
  return out;
}
