/**
 * "今天" / "today" said while booking at 18:30, after the branches had closed at 17:00, was taken as the
 * visit's day and read back for booking. Now the customer is told the branches have closed for today and
 * asked for another day (tomorrow offered); before closing time today is still booked. The note on its own,
 * and through the real server in both languages, on a fixed Monday.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { appointmentWhen } from './appointment_replies.ts';
import { closedTodayNote } from './closed_today.ts';
import { bookingAtTheDay } from './testing/booking_opening.ts';
import { useFixedClock } from './testing/fixed_clock.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

/** Monday 18 May 2026 in Beijing (UTC+8): 16:30 (open until 17:00) and 18:30 (closed). */
const MONDAY_OPEN = new Date(Date.UTC(2026, 4, 18, 8, 30));
const MONDAY_CLOSED = new Date(Date.UTC(2026, 4, 18, 10, 30));
/** Saturday 23 May 2026, 16:30 in Beijing: the weekend branches closed at 16:00. */
const SATURDAY_CLOSED = new Date(Date.UTC(2026, 4, 23, 8, 30));

describe('the closed-today note', () => {
  it('is said for today after closing, with the closing time', () => {
    expect(closedTodayNote('2026-05-18', MONDAY_CLOSED, 'zh-CN')).toMatch(/今天17:00已经下班/);
    expect(closedTodayNote('2026-05-18', MONDAY_CLOSED, 'en')).toMatch(/closed at 17:00 today/);
    expect(closedTodayNote('2026-05-23', SATURDAY_CLOSED, 'en')).toMatch(/closed at 16:00 today/);
  });

  it('is not said before closing, nor for another day', () => {
    expect(closedTodayNote('2026-05-18', MONDAY_OPEN, 'zh-CN')).toBeNull();
    expect(closedTodayNote('2026-05-19', MONDAY_CLOSED, 'zh-CN')).toBeNull();
    expect(closedTodayNote('2026-05-19', MONDAY_CLOSED, 'en')).toBeNull();
  });
});

const S = {
  'zh-CN': {
    today: '今天',
    tomorrow: '明天',
    afternoon: '下午',
    closed: /今天17:00已经下班.*请问预约哪一天/,
  },
  en: {
    today: 'today',
    tomorrow: 'tomorrow',
    afternoon: 'afternoon',
    closed: /closed at 17:00 today.*Which day would you like/,
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe('a booking for today after closing', () => {
  useFixedClock(MONDAY_CLOSED);
  const kit = useTransactionsServer(
    { redis: false, features: [handoffForTests()], otp: { resendCooldownMs: 0 } },
    180_000,
  );
  afterEach(() => vi.setSystemTime(MONDAY_CLOSED));

  it.each(LOCALES)('%s: "today" after closing is refused and another day asked for', async (locale) => {
    const s = S[locale];
    const chat = await bookingAtTheDay(kit(), locale);
    const reply = await chat.say(s.today);
    expect(reply.text).toMatch(s.closed);
    expect(reply.card?.type).not.toBe('confirm');
    expect(reply.quickReplies.map((q) => q.text)).toContain(s.tomorrow);
    await chat.say(s.tomorrow);
    const readBack = await chat.say(s.afternoon);
    expect(readBack.card?.type).toBe('confirm');
    expect(readBack.text).toContain(appointmentWhen({ date: '2026-05-19', period: 'pm' }, locale));
    chat.close();
  });

  it.each(LOCALES)('%s: "today" before closing is read back as today', async (locale) => {
    vi.setSystemTime(MONDAY_OPEN);
    const s = S[locale];
    const chat = await bookingAtTheDay(kit(), locale);
    const reply = await chat.say(s.today);
    expect(reply.text).not.toMatch(s.closed);
    const readBack = await chat.say(s.afternoon);
    expect(readBack.card?.type).toBe('confirm');
    expect(readBack.text).toContain(appointmentWhen({ date: '2026-05-18', period: 'pm' }, locale));
    chat.close();
  });
});
