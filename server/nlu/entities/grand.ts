/**
 * "Grand" for a thousand, spoken with number words or digits: a grand, two grand, half a grand, two and a half
 * grand, a grand and a half, a couple (of) grand, 2 and a half grand. "Grand" alone says money, so these need
 * no currency word (bare digits with "grand", as in 2 grand or 2.5 grand, are read by the multiplier rule).
 */
import { EN_NUMBER_WORDS, parseEnglishNumber } from './numerals.ts';

const HALF = '\\s+and\\s+a\\s+half';

/** Groups: 1 the count (words or digits), 2 "and a half" after it, 3 "half a", 4 "couple", 5 "and a half" after grand. */
export const GRAND = new RegExp(
  `(?<![A-Za-z\\d.,])(?:(${EN_NUMBER_WORDS}|\\d+(?:\\.\\d+)?)(${HALF})?|(half\\s+an?)|(an?\\s+couple(?:\\s+of)?))\\s+grand(${HALF})?(?![A-Za-z])`,
  'gi',
);

/** The amount in whole units (2500 for "two and a half grand"), or null when the count is not a number. */
export function grandValue(m: RegExpMatchArray): number | null {
  let count: number | null;
  if (m[3]) count = 0.5;
  else if (m[4]) count = 2;
  else {
    const raw = m[1] ?? '';
    count = /^\d/.test(raw) ? Number(raw) : parseEnglishNumber(raw);
  }
  if (count === null || count <= 0) return null;
  if ((m[2] || m[5]) && !(m[3] || m[4])) count += 0.5;
  if (m[2] && m[5]) return null; // "two and a half grand and a half"
  return count * 1000;
}
