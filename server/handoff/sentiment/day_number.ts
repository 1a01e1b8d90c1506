/**
 * A number of days as customers write it when they count a wait: digits, English words or Chinese numerals
 * ("3", "five", "十二"). Shared by the promised-period and period-overrun readings.
 */
import { parseEnglishNumber, parseNumeral } from '../../nlu/entities/numerals.ts';

/** English number words a wait is counted in, as a regex alternation (no group). */
export const DAY_NUMBER_WORDS_EN =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty';

/** The value of a captured count, or null when it is not a number. */
export function dayNumber(s: string | undefined): number | null {
  if (s === undefined) return null;
  return /^\d+$/.test(s) ? Number(s) : (parseNumeral(s) ?? parseEnglishNumber(s));
}
