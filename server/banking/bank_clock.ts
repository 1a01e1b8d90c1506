/**
 * The bank's clock: every date and hour the product reads off a moment is taken in the bank's time zone
 * (Asia/Shanghai, Beijing time), never the server's. Daily limits and queue numbers roll over on its
 * business day, appointments and "明天" are its calendar days, receipts and statements print its time, and
 * the night-hours risk check reads its hour. The one place that formats a moment in that zone.
 */

export const BANK_TIME_ZONE = 'Asia/Shanghai';

/** A calendar date without a time or zone; m is 1-12. */
export interface CalendarDay {
  y: number;
  m: number;
  d: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone and kind (building one costs far more than using it). */
function formatter(kind: 'day' | 'dateTime' | 'hour' | 'time', timeZone: string): Intl.DateTimeFormat {
  const key = `${kind}:${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    f =
      kind === 'day'
        ? new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
        : kind === 'hour'
          ? new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hour12: false })
          : kind === 'time'
            ? new Intl.DateTimeFormat('en-GB', {
                timeZone,
                hour: '2-digit',
                minute: '2-digit',
                hourCycle: 'h23',
              })
            : new Intl.DateTimeFormat('sv-SE', {
                timeZone,
                year: 'numeric',
                month: '2-digit',
                day: '2-digit',
                hour: '2-digit',
                minute: '2-digit',
                second: '2-digit',
                hour12: false,
              });
    formatters.set(key, f);
  }
  return f;
}

/**
 * The last day formatted and the minute it was formatted for: every turn asks for the day, and formatting
 * costs more than the rest of a cached turn's bookkeeping. A day only changes on a minute's boundary.
 */
let lastDay = { minute: Number.NaN, day: '', y: 0, m: 0, d: 0 };

function dayOf(now: Date): typeof lastDay {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastDay.minute) {
    const day = formatter('day', BANK_TIME_ZONE).format(now);
    const [y = 0, m = 0, d = 0] = day.split('-').map(Number);
    lastDay = { minute, day, y, m, d };
  }
  return lastDay;
}

/** "2026-12-05": the bank's calendar date of `now` (appointments store ISO dates). */
export function bankIsoDay(now: Date): string {
  return dayOf(now).day;
}

/** The bank's calendar date of `now` as numbers, for calendar arithmetic. */
export function bankCalendarDay(now: Date): CalendarDay {
  const { y, m, d } = dayOf(now);
  return { y, m, d };
}

/** "20261205": the business day used for daily limits and queue numbers. */
export function businessDay(now: Date): string {
  return bankIsoDay(now).replace(/-/g, '');
}

/** "2026-12-05 01:19:38": a moment on the bank's clock, as receipts and statements show it. */
export function bankDateTime(at: number): string {
  return formatter('dateTime', BANK_TIME_ZONE).format(new Date(at));
}

/** The hour (0-23) of `now` in `timeZone` (the bank's unless a policy names another). */
export function hourIn(now: Date, timeZone: string = BANK_TIME_ZONE): number {
  return Number(formatter('hour', timeZone).format(now)) % 24;
}

/** Minutes since midnight (0-1439) of `now` in `timeZone` (the bank's unless a setting names another). */
export function minuteOfDayIn(now: Date, timeZone: string = BANK_TIME_ZONE): number {
  const parts = formatter('time', timeZone).formatToParts(now);
  const part = (type: 'hour' | 'minute'): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return (part('hour') % 24) * 60 + part('minute');
}
