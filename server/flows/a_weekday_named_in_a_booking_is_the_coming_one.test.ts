/**
 * "预约周六" said on a Sunday was read as the day before and the booking answered "只能预约今天起 30 天内的日期";
 * "礼拜六" was heard as a goodbye (拜拜) and ended the booking. Now a weekday said while booking (周六, 星期六,
 * 礼拜六, 这周六, Saturday, on saturday, this Saturday) books the coming one, and "下周六" / "next Saturday" still
 * books that of the following week. Through the real server, in both languages, on a fixed Sunday.
 */
import { describe, expect, it } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { appointmentWhen } from './appointment_replies.ts';
import { bookingAtTheDay } from './testing/booking_opening.ts';
import { useFixedClock } from './testing/fixed_clock.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

/** Sunday 17 May 2026, 10:00 in Beijing. */
const SUNDAY = new Date(Date.UTC(2026, 4, 17, 2, 0));
const COMING_SATURDAY = '2026-05-23';

const S = {
  'zh-CN': {
    saturdays: ['预约周六', '星期六', '礼拜六', '周六吧', '这周六'],
    nextWeek: '下周六',
    morning: '上午',
    badDate: /只能预约/,
    ended: /没有办理/,
  },
  en: {
    saturdays: ['Saturday', 'on saturday', 'this Saturday', 'Saturday please'],
    nextWeek: 'next Saturday',
    morning: 'morning',
    badDate: /30 days ahead/,
    ended: /have not gone ahead/,
  },
} as const;

const LOCALES: Locale[] = ['zh-CN', 'en'];

describe('a weekday named in a booking is the coming one', () => {
  useFixedClock(SUNDAY);
  const kit = useTransactionsServer(
    { redis: false, features: [handoffForTests()], otp: { resendCooldownMs: 0 } },
    180_000,
  );

  for (const locale of LOCALES) {
    const s = S[locale];
    it.each(s.saturdays)(`${locale}: "%s" on a Sunday books the coming Saturday`, async (saturday) => {
      const chat = await bookingAtTheDay(kit(), locale);
      const reply = await chat.say(saturday);
      expect(reply.text).not.toMatch(s.badDate);
      expect(reply.text).not.toMatch(s.ended);
      const readBack = await chat.say(s.morning);
      expect(readBack.card?.type).toBe('confirm');
      expect(readBack.text).toContain(appointmentWhen({ date: COMING_SATURDAY, period: 'am' }, locale));
      chat.close();
    });

    // On a Sunday (the last day of a Monday-first week) next week's Saturday is the coming one.
    it(`${locale}: "${s.nextWeek}" still books next week's Saturday`, async () => {
      const chat = await bookingAtTheDay(kit(), locale);
      await chat.say(s.nextWeek);
      const readBack = await chat.say(s.morning);
      expect(readBack.text).toContain(appointmentWhen({ date: COMING_SATURDAY, period: 'am' }, locale));
      chat.close();
    });
  }
});
