/**
 * Chinese numerals to numbers: 五百 -> 500, 两万五 -> 25000, 一亿二千万 -> 120000000, 三点五 -> 3.5,
 * 百分之零点三五 -> 0.35 (a percentage, compared as written). Colloquial shortening after a unit
 * (两万五, 一百五) means the next lower unit.
 */

export const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** Characters that may appear in a Chinese numeral run (点 is the decimal point). */
export const CN_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿点';

/** Parses the integer part (no 点) or returns null when it is not a well-formed numeral. */
function parseInteger(s: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = 0;
  for (const ch of s) {
    const d = CN_DIGITS[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      section += (digit ?? 1) * small; // 十五: a leading 十 means 一十
      digit = null;
      lastUnit = small;
      continue;
    }
    const big = BIG_UNITS[ch];
    if (big === undefined) return null;
    const part = section + (digit ?? 0);
    total = big === 1e8 ? (total + part) * big : total + part * big;
    section = 0;
    digit = null;
    lastUnit = big;
  }
  if (digit !== null) {
    // 两万五 = 25000, 一百五 = 150; after 零 (一百零五) a trailing digit is plain units.
    const before = [...s].at(-2) ?? '';
    const shortened =
      lastUnit >= 100 && (SMALL_UNITS[before] !== undefined || BIG_UNITS[before] !== undefined);
    section += shortened ? digit * (lastUnit / 10) : digit;
  }
  return total + section;
}

/** Parses a numeral run such as 五百, 三点五 or 一万二千; null when it is not a number. */
export function parseChineseNumeral(run: string): number | null {
  if (run === '') return null;
  const [intPart = '', fracPart, extra] = run.split('点');
  if (extra !== undefined) return null;
  const integer = intPart === '' ? 0 : parseInteger(intPart);
  if (integer === null) return null;
  if (fracPart === undefined || fracPart === '') return integer;
  let frac = '';
  for (const ch of fracPart) {
    const d = CN_DIGITS[ch];
    if (d === undefined) return null;
    frac += String(d);
  }
  return Number(`${integer}.${frac}`);
}
