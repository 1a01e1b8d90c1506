/**
 * The customer counts the days up to a period they were promised, and the period has only now come: "柜员说三天后
 * 能开通网银，今天已经第三天了" / "they said 5 working days and it's day 3". That is no wait gone too long (the
 * waiting markers), unlike "说三个工作日，今天都第八天了" or "told 5 working days, it's day 9".
 */
import { DAY_NUMBER_WORDS_EN, dayNumber } from './day_number.ts';

const NUM_ZH = '[零〇一二两三四五六七八九十\\d]+';
const NUM_EN = `(\\d+|${DAY_NUMBER_WORDS_EN})`;

/** The promise: "说三天后能开通", "承诺五个工作日内到账", "said 5 working days", "within 10 days". */
const PROMISE_ZH = new RegExp(
  `(说|讲|承诺|答应|告诉我|通知)[^。！？]{0,12}?(${NUM_ZH})(个)?(工作日|天|日)(后|内|之内|以内|左右)`,
  'u',
);
const PROMISE_EN = new RegExp(
  `\\b(said|told me|promised|quoted|within|takes?|up to)\\b[^.?!]{0,20}?\\b${NUM_EN} (working |business )?days?\\b`,
);
/** The count: "今天已经第三天了", "it's day 3". */
const COUNT_ZH = new RegExp(`第(${NUM_ZH})(个)?(工作日|天)`, 'u');
const COUNT_EN = new RegExp(`\\bday ${NUM_EN}\\b|\\b${NUM_EN}(st|nd|rd|th)? (working |business )?day\\b`);

/** The days counted are within the period promised in the same message. */
export function withinPromisedPeriod(lower: string): boolean {
  const zhPromise = PROMISE_ZH.exec(lower);
  const zhCount = COUNT_ZH.exec(lower);
  if (zhPromise && zhCount && zhCount.index > zhPromise.index) {
    const promised = dayNumber(zhPromise[2]);
    const counted = dayNumber(zhCount[1]);
    if (promised !== null && counted !== null) return counted <= promised;
  }
  const enPromise = PROMISE_EN.exec(lower);
  const enCount = COUNT_EN.exec(lower);
  if (enPromise && enCount && enCount.index > enPromise.index) {
    const promised = dayNumber(enPromise[2]);
    const counted = dayNumber(enCount[1] ?? enCount[2]);
    if (promised !== null && counted !== null) return counted <= promised;
  }
  return false;
}
