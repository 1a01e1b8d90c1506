/**
 * Money amounts: 500, 五百块, 5k, ¥1,200.50, 两千五, 三万, 1.5万, 一千零五十, $200, 200 dollars, RMB 300,
 * five hundred dollars, two and a half grand, "transfer five hundred to Anna". The value is the amount in hundredths of the currency unit (fen, cents) as an
 * integer, whatever the currency (JPY and KRW too, so consumers always divide by 100). The currency, when
 * written, is attached as its own `currency` entity.
 *
 * A bare number (no currency) is an amount unless its context says otherwise: a unit that is not money
 * (3个月, 2 weeks, 3点, 5%), a label that makes it a code or tail number (尾号, 验证码, ending in), a date or
 * time shape (12-01, 10:30), more than 9 digits or a leading zero (card, phone and account numbers), an
 * approximation (500多), or a lone Chinese digit (张三, 一下).
 */
import { span, PRIORITY, type Candidate, type ExtractContext } from './candidate.ts';
import { currencyCode, currencyPattern } from './currency_words.ts';
import { GRAND, grandValue } from './grand.ts';
import {
  CN_NUMERAL_CHARS,
  EN_NUMBER_WORDS,
  cnDigit,
  hasMagnitude,
  parseEnglishNumber,
  parseNumeral,
} from './numerals.ts';
import { isTransferVerb } from './transfer_verb.ts';

const RUN = new RegExp(`(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|[${CN_NUMERAL_CHARS}点])+`, 'g');
const MULTIPLIER = /^(?:\s?([kKwW])(?![A-Za-z])|\s*(thousand|million|billion|grand)(?![A-Za-z]))/i;
const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  w: 1e4,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  grand: 1e3,
};
const SUFFIX = new RegExp(`^\\s*(${currencyPattern((c) => c.suffix)})`, 'i');
const PREFIX = new RegExp(`(${currencyPattern((c) => c.prefix)})\\s*$`, 'i');
/** 元/块 followed by these is another word (元旦, 一块儿). */
const NOT_CURRENCY_AFTER = /^[旦宵素儿头地]/;
const JIAO_FEN =
  /^([零一二两三四五六七八九\d])(?:([角毛])(?:([零一二三四五六七八九\d])分)?)?(?![\d十百千万零一二两三四五六七八九])/;
const EN_WORD_AMOUNT = new RegExp(
  `(?<![A-Za-z])(${EN_NUMBER_WORDS})(?=\\s+(?:${currencyPattern((c) => c.suffix && /^[a-z]/i.test(c.text))}))`,
  'gi',
);

/**
 * Number words with no currency before "to" and a name: an amount when a transfer verb comes right before
 * them ("transfer five hundred to Anna", "tranfer fifty to mary"), or "and" / "then" in a sentence that has
 * one ("send 200 to Anna and fifty to Bob"). "one to two days" has no name after "to".
 */
const EN_WORDS_BEFORE_TO = new RegExp(`(?<![A-Za-z])(${EN_NUMBER_WORDS})(?=\\s+to\\s+[A-Za-z])`, 'gi');
const WORD_BEFORE = /([A-Za-z]+)[\s,]+$/;
const EN_WORD = /[A-Za-z]+/g;

function transferAmountWords(text: string, at: number): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 24), at))?.[1]?.toLowerCase();
  if (!before) return false;
  if (isTransferVerb(before)) return true;
  if (before !== 'and' && before !== 'then') return false;
  return [...text.slice(0, at).matchAll(EN_WORD)].some((w) => isTransferVerb(w[0]));
}

/** 10 dollars and 50 cents */
const CENTS = /^\s+and\s+(\d{1,2})\s+cents?(?![A-Za-z])/i;
const BARE_CENTS = /(?<![\d.,])(\d{1,2})\s+cents?(?![A-Za-z])/gi;
const NON_MONEY_BEFORE =
  /(?:尾号|尾数|末四位|末4位|后四位|后4位|卡号|账号|帐号|验证码|密码|编号|号码|工号|单号|第|#|\bno\.|\bnumber|\bcode|\bpin|\bending(?:\s+(?:in|with))?|\bends\s+(?:in|with)|\bdigits?|\bext\.?|\bzip(?:\s*code)?|\bpost\s*code|\broom|\bfloor|邮编|房间)\s*(?:是|为|[:：]|is|are)?\s*$/i;
const NON_MONEY_AFTER_ZH =
  /^\s*(?:个?月|号|日(?!元)|年|元旦|春节|国庆|点|时|分|小时|天|周|星期|礼拜|岁|[%％]|次|个|张|笔|期|位|楼|层|路|人|条|遍|倍|秒|公里|米|斤|克|折|台|部|家|栋|室|本|份|件|只|项|户|间|所|多|余|几|来)/;
const NON_MONEY_AFTER_EN =
  /^\s*(?:%|(?:days?|weeks?|months?|years?|yrs?|hours?|hrs?|minutes?|mins?|seconds?|secs?|a\.?m\b\.?|p\.?m\b\.?|percent|per\s?cent|times|cards?|digits?|st|nd|rd|th|o'?clock|people|persons?|installments?|instalments?|items?|transactions?|accounts?|km|kg|miles?|points?|x|plus)(?![A-Za-z]))/i;
/**
 * A bare English number followed by a word is a count of that thing (2 tickets, 5 cards) unless the word
 * is one that follows an amount (transfer 200 to John, withdraw 500 cash today).
 */
const EN_WORD_AFTER = /^\s+([A-Za-z]+)/;
const AMOUNT_FOLLOWERS = new Set(
  (
    'to for from into onto on in at by via please now today tomorrow tonight and or with using cash money ' +
    'each per every a an the this that next immediately asap only total back out over more less is was will ' +
    'would should if but so then than my your his her our their fixed deposit instead'
  ).split(' '),
);
/** "300 not 3000", "300 instead of 3000", "300 rather than 3000": one amount set against another. */
const CONTRASTED = /^\s+(?:not|instead\s+of|rather\s+than)\s+(?:cny|rmb|yuan|[¥$])?\s*\d/i;
const YEAR_CONTEXT = /(?:\bin|\bsince|\byear|\bof|\bbefore|\bafter|\buntil)\s*$/i;

interface Numeral {
  start: number;
  end: number;
  value: number;
}

/**
 * The best well-formed numeral inside a run, trimming Chinese characters from either end (李四五百 →
 * 五百): one with a magnitude beats a bare digit, then the longer, then the earlier.
 */
function bestNumeral(text: string, start: number, end: number): Numeral | null {
  if (end - start > 40) return null;
  const isCn = (i: number): boolean => /[^\d.,]/.test(text[i] ?? '');
  let best: Numeral | null = null;
  let bestRank = -1;
  for (let s = start; s < end; s++) {
    if (s > start && !isCn(s - 1)) break;
    for (let e = end; e > s; e--) {
      if (e < end && !isCn(e)) break;
      const raw = text.slice(s, e);
      if (!/[^,.]$/.test(raw)) continue;
      const value = parseNumeral(raw.replace(/,(?=\d{3})/g, ''));
      if (value === null) continue;
      const rank = (hasMagnitude(raw) ? 1000 : 0) + (e - s);
      if (rank > bestRank) {
        best = { start: s, end: e, value };
        bestRank = rank;
      }
    }
  }
  return best;
}

/**
 * 万 with one digit right after it and then a term ("存5万4年", "五万三个月", "5万2天"): the digit is the term's
 * count, so the amount ends at 万 (¥50,000 for 4 years), not 54,000. "5万4" alone stays 54,000.
 */
const WAN_THEN_TERM_DIGIT = /万[\d一二两三四五六七八九]$/;
const TERM_UNIT_AFTER = /^(?:年|个月|天)/;

function withoutTermDigit(text: string, n: Numeral): Numeral {
  const raw = text.slice(n.start, n.end);
  if (!WAN_THEN_TERM_DIGIT.test(raw) || !TERM_UNIT_AFTER.test(text.slice(n.end))) return n;
  const value = parseNumeral(raw.slice(0, -1));
  return value === null ? n : { start: n.start, end: n.end - 1, value };
}

function rejectBareNumber(text: string, n: Numeral, after: string): boolean {
  const raw = text.slice(n.start, n.end);
  const before = text.slice(Math.max(0, n.start - 24), n.start);
  if (!hasMagnitude(raw)) return true;
  if (n.value === 0) return true;
  const digits = raw.replace(/\D/g, '');
  if (/^\d/.test(raw) && (digits.length > 9 || /^0\d/.test(raw))) return true;
  if (/\d\s?[-/:.]\s?$|[+*xX]$/.test(before) || /^\s?[-/:]\s?\d/.test(after)) return true;
  if (NON_MONEY_BEFORE.test(before)) return true;
  if (NON_MONEY_AFTER_ZH.test(after) || NON_MONEY_AFTER_EN.test(after)) return true;
  const nextWord = EN_WORD_AFTER.exec(after)?.[1];
  if (nextWord && !AMOUNT_FOLLOWERS.has(nextWord.toLowerCase()) && !CONTRASTED.test(after)) return true;
  // One group of a spaced or dashed digit string (a card number written 6222 0212 3456 7890); not a number
  // after a whole account number ("transfer to 6222021234567890123 200"), nor one with 万 or 千 ("存5万 3年").
  if (!/[千仟万亿]/.test(raw) && (/(?<!\d)\d{1,6}[ -]$/.test(before) || /^[ -]\d/.test(after))) return true;
  if (/^(?:19|20)\d\d$/.test(raw) && YEAR_CONTEXT.test(before)) return true;
  return false;
}

function jiaoFen(after: string): { value: number; length: number } | null {
  const m = JIAO_FEN.exec(after);
  if (!m) return null;
  const digit = (s: string | undefined): number =>
    s === undefined ? 0 : /\d/.test(s) ? Number(s) : (cnDigit(s) ?? 0);
  return { value: digit(m[1]) / 10 + digit(m[3]) / 100, length: m[0].length };
}

function amountCandidate(
  ctx: ExtractContext,
  numStart: number,
  numEnd: number,
  value: number,
  allowBare: (after: string) => boolean,
): Candidate | null {
  const { text, original } = ctx;
  let end = numEnd;
  let amount = value;
  const mult = MULTIPLIER.exec(text.slice(end));
  if (mult) {
    amount *= MULTIPLIERS[(mult[1] ?? mult[2] ?? '').toLowerCase()] ?? 1;
    end += mult[0].length;
  }
  let currency: { code: string; start: number; end: number } | null = null;
  const suffix = SUFFIX.exec(text.slice(end));
  if (suffix?.[1] && !NOT_CURRENCY_AFTER.test(text.slice(end + suffix[0].length))) {
    const code = currencyCode(suffix[1]);
    if (code) {
      currency = { code, start: end + suffix[0].length - suffix[1].length, end: end + suffix[0].length };
      end = currency.end;
      if (/^(?:元|块)$/.test(suffix[1])) {
        const small = jiaoFen(text.slice(end));
        if (small) {
          amount += small.value;
          end += small.length;
        } else if (suffix[1] === '元' && text[end] === '整') end += 1;
      }
      const cents = CENTS.exec(text.slice(end));
      if (cents && /^[a-z]/i.test(suffix[1])) {
        amount += Number(cents[1]) / 100;
        end += cents[0].length;
      }
    }
  }
  let start = numStart;
  const prefix = PREFIX.exec(text.slice(Math.max(0, numStart - 24), numStart));
  if (prefix?.[1]) {
    const code = currencyCode(prefix[1]);
    if (code) {
      start = numStart - prefix[0].length;
      currency = { code, start, end: start + prefix[1].length };
    }
  }
  if (!currency && !allowBare(text.slice(end))) return null;
  const minor = Math.round(amount * 100);
  if (!Number.isFinite(minor) || minor > Number.MAX_SAFE_INTEGER) return null;
  return {
    entity: span(original, 'amount', minor, start, end),
    priority: PRIORITY.amount,
    attached: currency ? [span(original, 'currency', currency.code, currency.start, currency.end)] : [],
  };
}

export function extractAmounts(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const { text } = ctx;
  for (const m of text.matchAll(RUN)) {
    const best = bestNumeral(text, m.index, m.index + m[0].length);
    if (!best) continue;
    const n = withoutTermDigit(text, best);
    const c = amountCandidate(ctx, n.start, n.end, n.value, (after) => !rejectBareNumber(text, n, after));
    if (c) out.push(c);
  }
  for (const m of text.matchAll(BARE_CENTS)) {
    out.push({
      entity: span(ctx.original, 'amount', Number(m[1]), m.index, m.index + m[0].length),
      priority: PRIORITY.amount,
    });
  }
  for (const m of text.matchAll(EN_WORD_AMOUNT)) {
    const value = parseEnglishNumber(m[0]);
    if (value === null || value === 0) continue;
    const c = amountCandidate(ctx, m.index, m.index + m[0].length, value, () => false);
    if (c) out.push(c);
  }
  for (const m of text.matchAll(EN_WORDS_BEFORE_TO)) {
    if (/^an?$/i.test(m[0]) || !transferAmountWords(text, m.index)) continue;
    const value = parseEnglishNumber(m[0]);
    if (value === null || value === 0) continue;
    const c = amountCandidate(ctx, m.index, m.index + m[0].length, value, () => true);
    if (c) out.push(c);
  }
  for (const m of text.matchAll(GRAND)) {
    const value = grandValue(m);
    if (value === null) continue;
    // "a grand total", "a grand opening": grand there is an adjective.
    const c = amountCandidate(ctx, m.index, m.index + m[0].length, value, (after) => {
      const nextWord = EN_WORD_AFTER.exec(after)?.[1]?.toLowerCase();
      return !nextWord || (AMOUNT_FOLLOWERS.has(nextWord) && nextWord !== 'total');
    });
    if (c) out.push(c);
  }
  return out;
}
