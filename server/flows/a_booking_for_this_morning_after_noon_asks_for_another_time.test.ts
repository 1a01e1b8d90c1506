/**
 * "今天上午" / "this morning" said while booking at 14:30 was read back for booking: a visit in a half-day that
 * had already passed. Now the customer is told this morning has passed and asked for another time (this
 * afternoon or another day offered); before noon this morning is still booked. The note on its own, and
 * through the real server in both languages, on a fixed Monday.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { appointmentWhen } from './appointment_replies.ts';
import { halfDayPassedNote } from './half_day_passed.ts';
import { bookingAtTheDay } from './testing/booking_opening.ts';
import { useFixedClock } from './testing/fixed_clock.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

/** Monday 18 May 2026 in Beijing (UTC+8): 10:30 (morning) and 14:30 (afternoon, still open). */
const MONDAY_MORNING = new Date(Date.UTC(2026, 4, 18, 2, 30));
const MONDAY_AFTERNOON = new Date(Date.UTC(2026, 4, 18, 6, 30));

describe('the half-day-passed note', () => {
  it('is said for this morning once it is past noon', () => {
    expect(halfDayPassedNote('2026-05-18', 'am', MONDAY_AFTERNOON, 'zh-CN')).toMatch(/今天上午已经过了/);
    expect(halfDayPassedNote('2026-05-18', 'am', MONDAY_AFTERNOON, 'en')).toMatch(/morning has passed/);
  });

  it('is not said in the morning, for the afternoon, nor for another day', () => {
    expect(halfDayPassedNote('2026-05-18', 'am', MONDAY_MORNING, 'zh-CN')).toBeNull();
    expect(halfDayPassedNote('2026-05-18', 'pm', MONDAY_AFTERNOON, 'zh-CN')).toBeNull();
    expect(halfDayPassedNote('2026-05-19', 'am', MONDAY_AFTERNOON, 'en')).toBeNull();
  });
});

const S = {
  'zh-CN': {
    thisMorning: '今天上午',
    afternoon: '下午',
    tomorrow: '明天',
    passed: /今天上午已经过了/,
  },
  en: {
    thisMorning: 'this morning',
    afternoon: 'afternoon',
    tomorrow: 'tomorrow',
    passed: /This morning has passed/,
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe('a booking for this morning in the afternoon', () => {
  useFixedClock(MONDAY_AFTERNOON);
  const kit = useTransactionsServer(
    { redis: false, features: [handoffForTests()], otp: { resendCooldownMs: 0 } },
    180_000,
  );
  afterEach(() => vi.setSystemTime(MONDAY_AFTERNOON));

  it.each(LOCALES)('%s: "this morning" after noon is refused and another time asked for', async (locale) => {
    const s = S[locale];
    const chat = await bookingAtTheDay(kit(), locale);
    const reply = await chat.say(s.thisMorning);
    expect(reply.text).toMatch(s.passed);
    expect(reply.card?.type).not.toBe('confirm');
    expect(reply.quickReplies.map((q) => q.text)).toEqual(expect.arrayContaining([s.afternoon, s.tomorrow]));
    const readBack = await chat.say(s.afternoon);
    expect(readBack.card?.type).toBe('confirm');
    expect(readBack.text).toContain(appointmentWhen({ date: '2026-05-18', period: 'pm' }, locale));
    chat.close();
  });

  it.each(LOCALES)('%s: another day keeps the morning', async (locale) => {
    const s = S[locale];
    const chat = await bookingAtTheDay(kit(), locale);
    expect((await chat.say(s.thisMorning)).text).toMatch(s.passed);
    const readBack = await chat.say(s.tomorrow);
    expect(readBack.card?.type).toBe('confirm');
    expect(readBack.text).toContain(appointmentWhen({ date: '2026-05-19', period: 'am' }, locale));
    chat.close();
  });

  it.each(LOCALES)('%s: "this morning" before noon is read back as this morning', async (locale) => {
    vi.setSystemTime(MONDAY_MORNING);
    const s = S[locale];
    const chat = await bookingAtTheDay(kit(), locale);
    const readBack = await chat.say(s.thisMorning);
    expect(readBack.text).not.toMatch(s.passed);
    expect(readBack.card?.type).toBe('confirm');
    expect(readBack.text).toContain(appointmentWhen({ date: '2026-05-18', period: 'am' }, locale));
    chat.close();
  });
});
