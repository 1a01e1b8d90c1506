/**
 * Number words: Chinese numerals (一千零五十, 两千五, 三万, 壹仟), Chinese mixed with Arabic digits (1.5万,
 * 3千5), and English cardinals (five hundred and twenty). Parsers return null for anything that is not a
 * well-formed number, so callers can trim and retry (李四五百 → 五百).
 */

const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const CN_SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const CN_BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters that can appear in a Chinese numeral (without the decimal 点). */
export const CN_NUMERAL_CHARS = '零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿';

/** True when the text holds a Chinese digit (not only units: 百 or 万 alone are words, as in 千万). */
export const CN_DIGIT_CHAR = /[零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾]/;

export function cnDigit(ch: string): number | undefined {
  return CN_DIGITS[ch];
}

type Token = { kind: 'num'; value: number; zero: boolean } | { kind: 'small' | 'big'; value: number };

function tokenize(s: string): Token[] | null {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const arabic = /^\d+(?:\.\d+)?/.exec(s.slice(i));
    if (arabic) {
      out.push({ kind: 'num', value: Number(arabic[0]), zero: false });
      i += arabic[0].length;
      continue;
    }
    const ch = s[i] ?? '';
    const d = CN_DIGITS[ch];
    if (d !== undefined) out.push({ kind: 'num', value: d, zero: d === 0 });
    else if (CN_SMALL_UNITS[ch] !== undefined) out.push({ kind: 'small', value: CN_SMALL_UNITS[ch] });
    else if (CN_BIG_UNITS[ch] !== undefined) out.push({ kind: 'big', value: CN_BIG_UNITS[ch] });
    else return null;
    i += 1;
  }
  return out;
}

/** Integer-part numeral without 点: digits, units, 零 placeholders; Arabic literals may stand for digits. */
function parseInteger(s: string): number | null {
  const tokens = tokenize(s);
  if (!tokens || tokens.length === 0) return null;
  let total = 0;
  let section = 0;
  let pending: number | null = null;
  let lastSmall = Infinity;
  let prev: Token | undefined;
  let afterZero = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'num') {
      if (t.zero) {
        // 零 only fills a gap between a unit and a later digit (一千零五); a lone 零 is zero.
        if (tokens.length === 1) return 0;
        if (!prev || prev.kind === 'num') return null;
        afterZero = true;
        prev = t;
        continue;
      }
      if (prev?.kind === 'num' && !(prev as { zero: boolean }).zero) return null; // 四五百: a range, not a number
      pending = t.value;
    } else if (t.kind === 'small') {
      if (t.value >= lastSmall) return null; // 三百千
      if (pending === null) {
        if (t.value !== 10 || (prev && prev.kind === 'small')) return null; // only 十 may stand alone (十五)
        pending = 1;
      }
      section += pending * t.value;
      pending = null;
      lastSmall = t.value;
      afterZero = false;
    } else {
      if (pending === null && section === 0 && total === 0) return null; // 万 with nothing before it
      section += pending ?? 0;
      if (t.value === 1e8) total = (total + section) * 1e8;
      else total += section * 1e4;
      section = 0;
      pending = null;
      lastSmall = Infinity;
      afterZero = false;
    }
    prev = t;
  }
  if (pending !== null) {
    // 两千五 = 2500, 三万五 = 35000: a final digit right after a unit is one order below it.
    if (prev?.kind === 'num' && !afterZero) {
      const before = tokens[tokens.length - 2];
      if (before && before.kind !== 'num' && Number.isInteger(pending) && pending < 10) {
        pending *= before.value / 10;
      }
    }
    section += pending;
  }
  if (prev?.kind === 'num' && (prev as { zero: boolean }).zero) return null; // trailing 零
  return total + section;
}

/**
 * Parses a numeral made of Arabic digits and/or Chinese numerals: `500`, `1.5万`, `两千五`, `一千零五十`,
 * `一点五万`, `3千5`. Returns null when the string is not one well-formed number.
 */
export function parseNumeral(s: string): number | null {
  if (s.length === 0) return null;
  const dot = s.indexOf('点');
  if (dot < 0) return parseInteger(s);
  if (dot === 0 || s.indexOf('点', dot + 1) >= 0) return null;
  const intPart = parseInteger(s.slice(0, dot));
  if (intPart === null) return null;
  const rest = /^([零〇一二三四五六七八九\d]+)([十百千万亿]*)$/.exec(s.slice(dot + 1));
  if (!rest) return null;
  let digits = '';
  for (const ch of rest[1] ?? '') digits += /\d/.test(ch) ? ch : String(CN_DIGITS[ch] ?? 0);
  const fraction = Number(`0.${digits}`); // as written: 零点三五 is 0.35, not a sum with float noise
  let multiplier = 1;
  for (const ch of rest[2] ?? '') multiplier *= CN_SMALL_UNITS[ch] ?? CN_BIG_UNITS[ch] ?? 1;
  return (intPart + fraction) * multiplier;
}

/** True when the numeral has a unit or Arabic digits, i.e. is not a bare Chinese digit like 三 in 张三. */
export function hasMagnitude(s: string): boolean {
  return /[\d十拾百佰千仟万亿]/.test(s);
}

/** Spoken digit strings (一二三四 → 1234), as in 尾号一二三四. */
export function cnDigitsToAscii(s: string): string | null {
  let out = '';
  for (const ch of s) {
    if (/\d/.test(ch)) out += ch;
    else if (ch === '幺') out += '1';
    else {
      const d = CN_DIGITS[ch];
      if (d === undefined || ch === '两') return null;
      out += String(d);
    }
  }
  return out;
}

/** English number words below a hundred and their values (`seventeen` → 17). */
export const EN_CARDINALS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** English scale words and their values. */
export const EN_SCALES: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
};
/** What counts as a unit word here: the cardinals, and `a` / `an` (`a hundred`). */
const EN_UNITS: Readonly<Record<string, number>> = { a: 1, an: 1, ...EN_CARDINALS };

/** Regex source matching a run of English number words (`two thousand five hundred`, `fifty-five`). */
export const EN_NUMBER_WORDS = `(?:${[...Object.keys(EN_UNITS), ...Object.keys(EN_SCALES)].join('|')})(?:[\\s-]+(?:and[\\s-]+)?(?:${[...Object.keys(EN_UNITS).filter((w) => w !== 'a' && w !== 'an'), ...Object.keys(EN_SCALES)].join('|')}))*`;

/** `five hundred and twenty` → 520; null when the words are not a number. */
export function parseEnglishNumber(s: string): number | null {
  const words = s
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w !== 'and' && w !== '');
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    const unit = EN_UNITS[w];
    const scale = EN_SCALES[w];
    if (unit !== undefined) {
      current += unit;
      seen = true;
    } else if (scale !== undefined) {
      if (!seen && current === 0) return null;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else return null;
  }
  return total + current;
}
