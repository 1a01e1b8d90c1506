/**
 * A request counted in months: "Asked to close the loan in May. It's September.", "a change of address shouldn't take
 * from March to June", "说好两个小时到账的，到现在都没到", "五月份就申请了，现在都九月了". Told as a bare timeline, the
 * months (or the promise) against today are the grievance. A date given for a status check ("I applied on 12 March,
 * what stage is it at?", "三月十号提交的，到哪个环节了") names no "now" and no promise, and is no grievance.
 */
import { ruleText } from '../rule_text.ts';

const MONTH_EN = '(january|february|march|april|may|june|july|august|september|october|november|december)';
const TIMELINE_EN = new RegExp(
  `\\b(in|since|back in|early in|late in|on|from) ${MONTH_EN}\\b[^]{0,80}\\b(it'?s|it is|now it'?s|we'?re in|we are in|now) (now |already )?${MONTH_EN}\\b|` +
    `\\b(shouldn'?t|should not) take\\b[^.!?]{0,30}\\b(from ${MONTH_EN} (to|till|until) ${MONTH_EN}|months)\\b`,
);
const MONTH_ZH = '([一二三四五六七八九十]{1,2}|\\d{1,2})月(份)?';
const TIMELINE_ZH = new RegExp(
  `${MONTH_ZH}[^，。！？]{0,12}(申请|提交|办|交|说)[^]{0,20}(现在|今天|这都)(都|已经)${MONTH_ZH}`,
);
/** The bank's own promise of a period, then "still not" now. */
const PROMISE_ZH =
  /(你们|客服|柜员|柜台|经理|说好|不是说|明明说)[^，。！？]{0,6}(说)?[^，。！？]{0,6}([\d一二两三四五六七八九十半]+)(个)?(小时|分钟|天|工作日)(内|之内)?(就|能|可以)?到(账)?/;
const STILL_NOT_ZH = /(到现在|现在|至今|到今天)(都|还)(没|没有|不)/;

/** A request's months, or a promise broken, told against today (see the file comment). */
export function isMonthsGoneBy(text: string): boolean {
  const lower = ruleText(text);
  return (
    TIMELINE_EN.test(lower) || TIMELINE_ZH.test(lower) || (PROMISE_ZH.test(lower) && STILL_NOT_ZH.test(lower))
  );
}
