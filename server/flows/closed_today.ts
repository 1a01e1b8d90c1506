/**
 * A booking for today once the branches have closed: "今天" said at 18:30 was taken as the visit's day and
 * the read-back offered a visit to a branch that had shut. Today is still a day within the booking window,
 * so the window check let it through. Now the customer is told the branches have closed for today (and when
 * they closed) and asked for another day. Before closing time today is booked as before.
 */
import { bankIsoDay } from '../banking/bank_clock.ts';
import { closedForTheDay, closingTimeOn } from '../banking/branch_hours.ts';
import type { Locale } from '../protocol/protocol.ts';

/** Why `day` (an ISO date) cannot be booked at `now`: the branches closed today; null when it can be. */
export function closedTodayNote(day: string, now: Date, locale: Locale): string | null {
  if (day !== bankIsoDay(now) || !closedForTheDay(now)) return null;
  const closes = closingTimeOn(now);
  return locale === 'zh-CN'
    ? `网点今天${closes}已经下班了，今天不能再预约。`
    : `The branches closed at ${closes} today, so today can no longer be booked.`;
}
