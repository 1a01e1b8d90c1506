/**
 * Dates, absolute and relative, in both locales; value ISO `YYYY-MM-DD` computed from the local calendar
 * date of `now`.
 *
 * Readings of the under-specified ones:
 * - month and day without a year (12月1号, Dec 1): this year's, unless last or next year's is within 90
 *   days (in late December "Jan 3" is next year, in early January "Dec 28" last year);
 * - a day of month alone (3号, 15日): this month's, unless last or next month's is within 7 days;
 * - 周五 / 星期五 / 礼拜五 / 这周五 / Friday / on Friday / this Friday / coming Friday: the next Friday to come,
 *   never a past one: today if it is a Friday and the branches are still open (branch_hours.ts), else the
 *   coming one (on a Sunday "这周六" is the coming Saturday, as people mean it);
 * - 下周五 / next Friday: of the following week, Monday first; 上周五 / last Friday: of the previous week.
 */
import { span, PRIORITY, type Candidate, type ExtractContext } from './candidate.ts';
import {
  addDays,
  addMonths,
  daysInMonth,
  iso,
  isValidDay,
  resolveDayOfMonth,
  resolveMonthDay,
  today,
  upcomingWeekday,
  weekdayInWeek,
  type Day,
} from './calendar.ts';
import { parseEnglishNumber, parseNumeral } from './numerals.ts';
import { closedForTheDay } from '../../banking/branch_hours.ts';

type Resolver = (m: RegExpMatchArray, ref: Day, now: Date) => Day | null;

/** The weekday to come: today while the branches are still open, else the next one (a week on for today's). */
function comingWeekday(ref: Day, weekday: number, now: Date): Day {
  const day = upcomingWeekday(ref, weekday);
  return iso(day) === iso(ref) && closedForTheDay(now) ? addDays(day, 7) : day;
}

const CN_NUM = '[零〇一二两三四五六七八九十]{1,3}';
const DAY_NUM = `(\\d{1,2}|${CN_NUM})`;
const NOT_MORE_NUMBER = '(?![\\d零〇一二两三四五六七八九十百千万块元])';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\\.?';
const WEEKDAYS_EN: Record<string, number> = {
  mon: 1,
  monday: 1,
  tue: 2,
  tues: 2,
  tuesday: 2,
  wed: 3,
  wednesday: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  thursday: 4,
  fri: 5,
  friday: 5,
  sat: 6,
  saturday: 6,
  sun: 7,
  sunday: 7,
};
const WEEKDAYS_ZH: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  日: 7,
  天: 7,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
  '6': 6,
  '7': 7,
};
const RELATIVE_DAYS: Record<string, number> = {
  大后天: 3,
  后天: 2,
  明天: 1,
  明日: 1,
  明儿: 1,
  今天: 0,
  今日: 0,
  今儿: 0,
  当天: 0,
  昨天: -1,
  昨日: -1,
  昨儿: -1,
  前天: -2,
  大前天: -3,
  today: 0,
  tonight: 0,
  tomorrow: 1,
  tmr: 1,
  tmrw: 1,
  yesterday: -1,
};
const REL_MONTH: Record<string, number> = {
  下下个月: 2,
  下下月: 2,
  下个月: 1,
  下月: 1,
  次月: 1,
  这个月: 0,
  这月: 0,
  本月: 0,
  当月: 0,
  上个月: -1,
  上月: -1,
};
const REL_MONTH_PREFIX: Record<string, number> = {
  下下个: 2,
  下下: 2,
  下个: 1,
  下: 1,
  次: 1,
  这个: 0,
  这: 0,
  本: 0,
  当: 0,
  上个: -1,
  上: -1,
};
const WEEK_OFFSET_ZH: Record<string, number> = { 下下: 2, 下: 1, 这: 0, 本: 0, 上: -1, 上上: -2 };

function num(s: string | undefined): number | null {
  if (s === undefined) return null;
  return parseNumeral(s) ?? parseEnglishNumber(s);
}

function ymd(y: number | null, m: number | null, d: number | null): Day | null {
  return y !== null && m !== null && d !== null && isValidDay(y, m, d) ? { y, m, d } : null;
}

function monthDay(ref: Day, m: number | null, d: number | null, y: number | null): Day | null {
  if (m === null || d === null) return null;
  return y !== null ? ymd(y, m, d) : resolveMonthDay(ref, m, d);
}

function shift(ref: Day, n: number, unit: string): Day {
  if (/^(?:天|日|days?)$/i.test(unit)) return addDays(ref, n);
  if (/^(?:周|星期|礼拜|weeks?)$/i.test(unit)) return addDays(ref, 7 * n);
  if (/^(?:个月|months?)$/i.test(unit)) return addMonths(ref, n);
  return addMonths(ref, 12 * n);
}

function monthIndex(name: string | undefined): number | null {
  const i = MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase());
  return i < 0 ? null : i + 1;
}

const RULES: Array<[RegExp, Resolver]> = [
  // 2026-12-01, 2026/12/1, 2026年12月1日
  [
    /(?<!\d)(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?:\s*[日号])?(?!\d)/g,
    (m) => ymd(num(m[1]), num(m[2]), num(m[3])),
  ],
  // 12月1号, 十二月一日, 2027年3月5号
  [
    new RegExp(
      `(?:(\\d{4})年)?(?<!\\d)(\\d{1,2}|${CN_NUM})月份?${DAY_NUM}(?:[日号]|${NOT_MORE_NUMBER})`,
      'g',
    ),
    (m, ref) => monthDay(ref, num(m[2]), num(m[3]), num(m[1])),
  ],
  // 下个月3号, 本月15日
  [
    new RegExp(`(${Object.keys(REL_MONTH).join('|')})${DAY_NUM}[日号]`, 'g'),
    (m, ref) => {
      const first = addMonths({ ...ref, d: 1 }, REL_MONTH[m[1] ?? ''] ?? 0);
      return ymd(first.y, first.m, num(m[2]));
    },
  ],
  // 月底, 下个月底, 月初
  [
    new RegExp(`(${Object.keys(REL_MONTH_PREFIX).join('|')})?(月底|月末|月初)`, 'g'),
    (m, ref) => {
      const first = addMonths({ ...ref, d: 1 }, REL_MONTH_PREFIX[m[1] ?? ''] ?? 0);
      return m[2] === '月初' ? first : { ...first, d: daysInMonth(first.y, first.m) };
    },
  ],
  // 3号, 十五日
  [
    new RegExp(
      `(?<![\\d月号第尾零〇一二两三四五六七八九十])${DAY_NUM}[号日](?![线楼窗柜门机码元本子楼币])`,
      'g',
    ),
    (m, ref) => {
      const d = num(m[1]);
      return d === null ? null : resolveDayOfMonth(ref, d);
    },
  ],
  // 今天, 明天, 后天, tomorrow; "this morning" / "this afternoon" is today
  [
    /大后天|大前天|后天|明天|明日|明儿|今天|今日|今儿|当天|昨天|昨日|昨儿|前天|\b(?:today|tonight|tomorrow|tmrw?|yesterday|this (?:morning|afternoon|evening))\b/gi,
    (m, ref) => addDays(ref, RELATIVE_DAYS[m[0].toLowerCase()] ?? 0),
  ],
  // 下周五, 这个星期三, 周日, 礼拜六
  [
    /(下下|上上|下|这|本|上)?个?(?:周|星期|礼拜)([一二三四五六日天1-7])/g,
    (m, ref, now) => {
      const weekday = WEEKDAYS_ZH[m[2] ?? ''] ?? 1;
      const offset = WEEK_OFFSET_ZH[m[1] ?? ''] ?? 0;
      return offset === 0 ? comingWeekday(ref, weekday, now) : weekdayInWeek(ref, weekday, offset);
    },
  ],
  // 三天后, 两周后, 一个月以后, 3天前
  [
    /(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(天|日|周|星期|礼拜|个月|年)(以后|之后|后|以前|之前|前)/g,
    (m, ref) => {
      const n = num(m[1]);
      return n === null ? null : shift(ref, /前/.test(m[3] ?? '') ? -n : n, m[2] ?? '');
    },
  ],
  // the day after tomorrow, the day before yesterday
  [/\b(?:the\s+)?day\s+after\s+tomorrow\b/gi, (_m, ref) => addDays(ref, 2)],
  [/\b(?:the\s+)?day\s+before\s+yesterday\b/gi, (_m, ref) => addDays(ref, -2)],
  // Dec 1, December 1st, 2026
  [
    new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s*(\\d{4}))?(?![\\d:])`, 'gi'),
    (m, ref) => monthDay(ref, monthIndex(m[1]), num(m[2]), num(m[3])),
  ],
  // 1 Dec, 1st of December 2026
  [
    new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}(?:,?\\s*(\\d{4}))?`, 'gi'),
    (m, ref) => monthDay(ref, monthIndex(m[2]), num(m[1]), num(m[3])),
  ],
  // 12/01/2026 (month first)
  [/(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g, (m) => ymd(num(m[3]), num(m[1]), num(m[2]))],
  // next Friday, this Fri, last Monday, (on) Friday
  [
    /\b(?:(next|this|last|coming)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b/gi,
    (m, ref, now) => {
      const weekday = WEEKDAYS_EN[(m[2] ?? '').toLowerCase()] ?? 1;
      const which = (m[1] ?? '').toLowerCase();
      if (which === '' && (m[2] ?? '').length <= 4 && !/\bon\s+$/i.test(m.input?.slice(0, m.index) ?? ''))
        return null;
      if (which === 'next') return weekdayInWeek(ref, weekday, 1);
      if (which === 'last') return weekdayInWeek(ref, weekday, -1);
      return comingWeekday(ref, weekday, now);
    },
  ],
  // in 3 days, after two weeks, a month from now, 3 days ago
  [
    /\b(?:in|after)\s+(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\s+(days?|weeks?|months?|years?)\b/gi,
    (m, ref) => {
      const n = num(m[1]);
      return n === null ? null : shift(ref, n, m[2] ?? '');
    },
  ],
  [
    /\b(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\s+(days?|weeks?|months?|years?)\s+(from\s+now|from\s+today|later|ago)\b/gi,
    (m, ref) => {
      const n = num(m[1]);
      return n === null ? null : shift(ref, /ago/i.test(m[3] ?? '') ? -n : n, m[2] ?? '');
    },
  ],
  // end of the month, end of next month
  [
    /\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(next\s+)?month\b/gi,
    (m, ref) => {
      const first = addMonths({ ...ref, d: 1 }, m[1] ? 1 : 0);
      return { ...first, d: daysInMonth(first.y, first.m) };
    },
  ],
];

export function extractDates(ctx: ExtractContext): Candidate[] {
  const ref = today(ctx.now);
  const out: Candidate[] = [];
  for (const [re, resolve] of RULES) {
    for (const m of ctx.text.matchAll(re)) {
      const day = resolve(m, ref, ctx.now);
      if (!day) continue;
      out.push({
        entity: span(ctx.original, 'date', iso(day), m.index, m.index + m[0].length),
        priority: PRIORITY.date,
      });
    }
  }
  return out;
}
