/**
 * Calendar arithmetic on plain dates (no time, no zone). The reference day is the bank's calendar date of
 * `now` (Asia/Shanghai, the zone the branch services book in; see banking/bank_clock.ts), not the
 * server's: on a server in UTC, "明天" said at 07:00 in Beijing would otherwise be the day after tomorrow's
 * eve. All arithmetic runs in UTC on that date so daylight-saving changes cannot shift a day.
 */
import { bankCalendarDay } from '../../banking/bank_clock.ts';

export interface Day {
  y: number;
  /** 1-12 */
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

export function today(now: Date): Day {
  return bankCalendarDay(now);
}

function toUtc(day: Day): number {
  return Date.UTC(day.y, day.m - 1, day.d);
}

function fromUtc(ms: number): Day {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function addDays(day: Day, n: number): Day {
  return fromUtc(toUtc(day) + n * DAY_MS);
}

/** Same day of month n months later, clamped to the month's length (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(day: Day, n: number): Day {
  const index = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: Day): number {
  const w = new Date(toUtc(day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** The given weekday (1-7) in the week (Monday first) that is `weekOffset` weeks from the one of `day`. */
export function weekdayInWeek(day: Day, weekday: number, weekOffset: number): Day {
  return addDays(day, weekOffset * 7 + weekday - isoWeekday(day));
}

/** The first date on or after `day` that falls on the weekday. */
export function upcomingWeekday(day: Day, weekday: number): Day {
  return addDays(day, (weekday - isoWeekday(day) + 7) % 7);
}

function daysBetween(a: Day, b: Day): number {
  return Math.abs(toUtc(a) - toUtc(b)) / DAY_MS;
}

/**
 * Month and day without a year: this year's, unless the same date in the previous or next year is within
 * 90 days of `ref` (in late December "Jan 3" is next January; in early January "Dec 28" is last December).
 */
export function resolveMonthDay(ref: Day, m: number, d: number): Day | null {
  for (const y of [ref.y - 1, ref.y + 1]) {
    if (isValidDay(y, m, d) && daysBetween({ y, m, d }, ref) <= 90) return { y, m, d };
  }
  return isValidDay(ref.y, m, d) ? { y: ref.y, m, d } : null;
}

/**
 * Day of month without a month: this month's, unless the same day of the previous or next month is within
 * 7 days of `ref` (on the 28th, "3号" is early next month).
 */
export function resolveDayOfMonth(ref: Day, d: number): Day | null {
  for (const n of [-1, 1]) {
    const first = addMonths({ y: ref.y, m: ref.m, d: 1 }, n);
    const day = { ...first, d };
    if (isValidDay(first.y, first.m, d) && daysBetween(day, ref) <= 7) return day;
  }
  return isValidDay(ref.y, ref.m, d) ? { y: ref.y, m: ref.m, d } : null;
}

export function iso(day: Day): string {
  return `${String(day.y).padStart(4, '0')}-${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`;
}
