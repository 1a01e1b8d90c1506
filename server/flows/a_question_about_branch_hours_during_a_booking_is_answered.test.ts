/**
 * While booking a branch visit, "周末营业吗？周六开门吗" / "what about weekends? are you open on Saturday?" was
 * answered only "Got it. Morning or afternoon?": the Saturday it names was taken as the day of the visit and
 * the question dropped. Now the branch hours are said (weekdays and weekends, with times) and the day is asked
 * again, nothing taken; a plain "周六吧" / "Saturday" still picks the day. The phrases on their own too, and
 * through the real server in both languages on a fixed Sunday.
 */
import { describe, expect, it } from 'vitest';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { appointmentWhen } from './appointment_replies.ts';
import { asksBranchHours } from './branch_hours_question.ts';
import { bookingAtTheDay } from './testing/booking_opening.ts';
import { useFixedClock } from './testing/fixed_clock.ts';
import { useTransactionsServer } from './testing/use_transactions_server.ts';

describe('the words of a question about branch hours', () => {
  it.each([
    '周末营业吗？周六开门吗',
    '周六开门吗',
    '你们周末营业吗',
    '星期天开不开',
    '周六几点关门',
    '网点周六上班吗',
    '我周六休息，你们开门吗',
    'what about weekends? are you open on Saturday?',
    'are you open on Saturday?',
    'is the branch open on Sundays',
    'what time do you close on Saturday',
    'what are your opening hours',
    'do you open at weekends?',
  ])('"%s" asks when the branches open', (text) => expect(asksBranchHours(text)).toBe(true));

  it.each([
    '周六吧',
    '周六',
    '预约周六',
    '周六可以吗',
    '我周六不上班，约周六吧',
    '周六上午',
    'Saturday',
    'on saturday',
    'is Saturday ok?',
    'Saturday?',
    'can I come on Saturday morning',
    'I want to open an account on Saturday',
  ])('"%s" does not', (text) => expect(asksBranchHours(text)).toBe(false));
});

/** Sunday 17 May 2026, 10:00 in Beijing. */
const SUNDAY = new Date(Date.UTC(2026, 4, 17, 2, 0));

const S = {
  'zh-CN': {
    question: '周末营业吗？周六开门吗',
    hours: ['周一至周五', '9:00至17:00', '周六、周日9:00至16:00'],
    askDay: /请问预约哪一天？$/,
    saturday: '周六吧',
    askPeriod: /上午还是下午/,
    morning: '上午',
  },
  en: {
    question: 'what about weekends? are you open on Saturday?',
    hours: ['Monday to Friday', '9:00 to 17:00', '9:00 to 16:00 on Saturdays and Sundays'],
    askDay: /Which day would you like to come in\?$/,
    saturday: 'Saturday',
    askPeriod: /Morning or afternoon/,
    morning: 'morning',
  },
} as const;

describe('a question about branch hours during a booking', () => {
  useFixedClock(SUNDAY);
  const kit = useTransactionsServer(
    { redis: false, features: [handoffForTests()], otp: { resendCooldownMs: 0 } },
    180_000,
  );

  it.each<Locale>(['zh-CN', 'en'])(
    '%s: the hours are said, the day asked again, and "Saturday" then picks it',
    async (locale) => {
      const s = S[locale];
      const chat = await bookingAtTheDay(kit(), locale);

      const answered = await chat.say(s.question);
      for (const part of s.hours) expect(answered.text).toContain(part);
      expect(answered.text).toMatch(s.askDay);
      expect(answered.text).not.toMatch(s.askPeriod);

      expect((await chat.say(s.saturday)).text).toMatch(s.askPeriod);
      const readBack = await chat.say(s.morning);
      expect(readBack.card?.type).toBe('confirm');
      expect(readBack.text).toContain(appointmentWhen({ date: '2026-05-23', period: 'am' }, locale));
      chat.close();
    },
  );
});
