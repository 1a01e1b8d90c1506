/**
 * A booking for a half-day of today that is already over: "今天上午" / "this morning" said at 14:30 was read
 * back for booking, a visit in a morning that had passed. Now the customer is told this morning has passed and
 * asked for another time (this afternoon, or another day). The morning ends at noon on the bank's clock; an
 * afternoon today after closing is the closed-today note's (closed_today.ts).
 */
import { bankIsoDay, minuteOfDayIn } from '../banking/bank_clock.ts';
import type { Period } from '../banking/branch_services.ts';
import type { Locale } from '../protocol/protocol.ts';

/** When the morning half-day ends, in minutes since midnight (bank time). */
const NOON = 12 * 60;

/** Why `period` of `day` (an ISO date) cannot be booked at `now`: it has passed; null when it can be. */
export function halfDayPassedNote(day: string, period: Period, now: Date, locale: Locale): string | null {
  if (period !== 'am' || day !== bankIsoDay(now) || minuteOfDayIn(now) < NOON) return null;
  return locale === 'zh-CN'
    ? '今天上午已经过了，不能再预约今天上午。'
    : 'This morning has passed, so it can no longer be booked.';
}

/** What is asked after the note: this afternoon or another day. */
export function anotherTimeAsk(locale: Locale): string {
  return locale === 'zh-CN'
    ? '请问改到今天下午，还是换一天？'
    : 'Would you like this afternoon, or another day?';
}
