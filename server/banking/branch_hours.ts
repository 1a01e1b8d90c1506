/**
 * When the sandbox bank's branches are open, on the bank's clock: Monday to Friday 9:00-17:00 with no lunch
 * break; some branches also 9:00-16:00 on Saturdays and Sundays for personal banking (the branch_hours
 * article says the same). Read by the date entity ("周六" said on a Saturday after closing is next Saturday),
 * said during a booking when the customer asks whether the branch is open, and when today is asked for after
 * closing (closed_today.ts).
 */
import type { Locale } from '../protocol/protocol.ts';
import { bankCalendarDay, minuteOfDayIn } from './bank_clock.ts';

/** Opening and closing, in minutes since midnight (bank time). */
interface Hours {
  opens: number;
  closes: number;
}

export const WEEKDAY_HOURS: Hours = { opens: 9 * 60, closes: 17 * 60 };
/** At the branches that open at weekends. */
export const WEEKEND_HOURS: Hours = { opens: 9 * 60, closes: 16 * 60 };

/** 1 = Monday … 7 = Sunday, of the bank's calendar date of `now`. */
function bankWeekday(now: Date): number {
  const { y, m, d } = bankCalendarDay(now);
  const w = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** The hours of the bank's day of `now`. */
export function hoursOn(now: Date): Hours {
  return bankWeekday(now) >= 6 ? WEEKEND_HOURS : WEEKDAY_HOURS;
}

/** Whether the branches have closed for the day (bank time): a visit today is no longer possible. */
export function closedForTheDay(now: Date): boolean {
  return minuteOfDayIn(now) >= hoursOn(now).closes;
}

const clock = (minutes: number): string =>
  `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

/** When the branches close on the bank's day of `now`: "17:00" on a weekday, "16:00" at weekends. */
export function closingTimeOn(now: Date): string {
  return clock(hoursOn(now).closes);
}

/** Which days and times the branches open, said in one or two sentences. */
export function branchHoursText(locale: Locale): string {
  const weekday = `${clock(WEEKDAY_HOURS.opens)}${locale === 'zh-CN' ? '至' : ' to '}${clock(WEEKDAY_HOURS.closes)}`;
  const weekend = `${clock(WEEKEND_HOURS.opens)}${locale === 'zh-CN' ? '至' : ' to '}${clock(WEEKEND_HOURS.closes)}`;
  return locale === 'zh-CN'
    ? `网点工作日（周一至周五）${weekday}营业，中午不休息；部分网点周六、周日${weekend}营业，可办理个人业务。`
    : `Branches are open ${weekday} on weekdays, Monday to Friday, with no lunch break; some branches also open ${weekend} on Saturdays and Sundays for personal banking.`;
}
