/**
 * A quoted period the bank gave, and more time than that has passed ("when does "3-5 working days" end, it's
 * been 12", "说是3到5个工作日，现在都12天了"). Only when the days counted exceed the period's upper bound:
 * "it said 3-5 days and it's been 2" is still within it (see also `promised_period.ts`).
 */
import { DAY_NUMBER_WORDS_EN, dayNumber } from './day_number.ts';

const NUM = `(\\d+|${DAY_NUMBER_WORDS_EN}|[零〇一二两三四五六七八九十]+)`;

const PERIOD_THEN_ELAPSED = new RegExp(
  `${NUM}\\s*(?:(?:-|–|~|to|到|至)\\s*${NUM})?\\s*(?:个)?\\s*(?:working |business )?(?:工作)?(?:days?|天|日)` +
    `[^?？]{0,50}?(?:it'?s been|it has been|that was|现在|已经|这都)\\s*(?:都|已经|是)?\\s*(?:第)?${NUM}\\s*(?:working |business )?(?:个)?(?:工作)?(?:days?|天|日)?`,
  'u',
);

/** The days counted since exceed the upper bound of the period quoted. */
export function periodOverrun(lower: string): boolean {
  const m = PERIOD_THEN_ELAPSED.exec(lower);
  if (!m) return false;
  const bound = dayNumber(m[2]) ?? dayNumber(m[1]);
  const elapsed = dayNumber(m[3]);
  return bound !== null && elapsed !== null && elapsed > bound;
}
