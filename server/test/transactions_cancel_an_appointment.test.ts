/**
 * Cancelling a branch appointment, end to end. "取消预约" / "cancel my appointment" used to start the
 * booking flow (which branch, which day?); now, after the same verification as booking, the customer's
 * upcoming appointment is read back (branch, day, half-day, in their language) and cancelled on an explicit
 * "确认取消" / "yes, cancel it"; several are offered to choose from ("第二个", "the second one"); with none
 * they are told so and offered a booking; "保留" / "keep it" / "no" keeps it. A change ("改约",
 * "reschedule") is said to be cancel-then-book. Through the real server (trained intent model, real
 * sockets and Redis).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Period } from '../banking/branch_services.ts';
import { bankIsoDay } from '../banking/bank_clock.ts';
import { appointmentWhen } from '../flows/appointment_replies.ts';
import { RuleEntityExtractor } from '../nlu/entities/extract_entities.ts';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const CUSTOMER = 'c1001';
const PHONE = '13800000001';
const BRANCH: Record<Locale, { b1: string; b2: string }> = {
  'zh-CN': { b1: '北京中关村支行', b2: '上海陆家嘴支行' },
  en: { b1: 'Zhongguancun Sub-branch, Beijing', b2: 'Lujiazui Sub-branch, Shanghai' },
};
const CANCEL: Record<Locale, string> = { 'zh-CN': '取消预约', en: 'cancel my appointment' };
const YES: Record<Locale, string> = { 'zh-CN': '确认取消', en: 'yes, cancel it' };
const DONE: Record<Locale, string> = { 'zh-CN': '已为您取消', en: 'I have cancelled your appointment' };
const KEPT: Record<Locale, string> = { 'zh-CN': '预约保留不变', en: 'your appointment stays as it is' };

/** The ISO day `days` after today in the bank's time zone. */
function dayAfter(days: number): string {
  const t = new Date(`${bankIsoDay(new Date())}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** The day a word such as 明天 means to the entity extractor (the server's calendar day, not the bank's). */
function said(word: string): string {
  const [date] = new RuleEntityExtractor().extract(word, 'zh-CN', new Date());
  return String(date?.value);
}

describe.skipIf(!available)('cancelling a branch appointment', () => {
  let kit: TransactionsServer;
  const upcoming = () => kit.feature.branches.appointmentsOf(CUSTOMER, new Date());
  const book = (branchId: string, days: number, period: Period) =>
    kit.feature.branches.bookAppointment({ customerId: CUSTOMER, branchId, date: dayAfter(days), period });

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());
  beforeEach(async () => {
    for (const a of await upcoming()) await kit.feature.branches.cancelAppointment(CUSTOMER, a.id);
  });

  it.each<Locale>(['zh-CN', 'en'])(
    '%s: booked in one chat, cancelled in the next after verification',
    async (locale) => {
      const booking = await Chat.open(kit, 'app', locale);
      await booking.say(locale === 'zh-CN' ? '明天上午预约中关村支行' : 'book an appointment');
      const asked = await booking.verify(PHONE);
      const bookingReadBack =
        locale === 'zh-CN'
          ? asked
          : await (async () => {
              await booking.say('Zhongguancun');
              await booking.say('tomorrow');
              return booking.say('morning');
            })();
      // Read back first, booked on "确认" / "confirm".
      expect(bookingReadBack.card?.type).toBe('confirm');
      const booked = await booking.say(locale === 'zh-CN' ? '确认' : 'confirm');
      expect(booked.card?.type).toBe('result');
      booking.close();
      const [appt] = await upcoming();
      expect(appt).toMatchObject({ branchId: 'b1', date: said('明天'), period: 'am' });
      // The booking says the day the way the cancellation will read it back (was "2026-12-06 上午").
      expect(booked.text).toContain(appointmentWhen(appt!, locale));

      const chat = await Chat.open(kit, 'app', locale);
      const first = await chat.say(CANCEL[locale]);
      expect(first.kind).toBe('flow');
      expect(first.intent).toBe('book_appointment');
      // Verification first, exactly like booking; nothing about the appointment before it.
      expect(first.card?.type).toBe('verify');
      expect(JSON.stringify(first)).not.toContain(BRANCH[locale].b1);
      const readBack = await chat.verify(PHONE);
      expect(readBack.card?.type).toBe('confirm');
      expect(readBack.text).toContain(BRANCH[locale].b1);
      expect(readBack.text).toContain(appointmentWhen(appt!, locale));
      expect(readBack.text).toContain(locale === 'zh-CN' ? '上午' : 'morning');
      expect(readBack.card?.actions.map((a) => a.text)).toEqual(
        locale === 'zh-CN' ? ['确认取消', '保留预约'] : ['yes, cancel it', 'keep it'],
      );
      const done = await chat.say(YES[locale]);
      expect(done.text).toContain(DONE[locale]);
      expect(done.card?.type).toBe('result');
      expect(done.card?.fields.map((f) => f.value)).toContain(appt!.id);
      expect(await upcoming()).toEqual([]);
      const audit = await kit.feature.audit.recent(20);
      expect(audit.find((e) => e.type === 'appointment.cancelled')?.data.appointment).toBe(appt!.id);
      // A second "cancel" has nothing left to cancel.
      const again = await chat.say(CANCEL[locale]);
      expect(again.text).toContain(
        locale === 'zh-CN' ? '没有待办理的网点预约' : 'no upcoming branch appointments',
      );
      chat.close();
    },
  );

  it.each([
    ['zh-CN', '第二个'],
    ['en', 'the second one'],
  ] as const)('%s: of two appointments, "%s" picks the later one', async (locale, answer) => {
    const sooner = await book('b1', 1, 'am');
    const later = await book('b2', 2, 'pm');
    const chat = await Chat.open(kit, 'app', locale);
    await chat.say(CANCEL[locale]);
    const which = await chat.verify(PHONE);
    expect(which.text).toContain(locale === 'zh-CN' ? '请问取消哪一个' : 'Which one should I cancel');
    expect(which.quickReplies.map((q) => q.label)).toEqual([
      expect.stringContaining(BRANCH[locale].b1),
      expect.stringContaining(BRANCH[locale].b2),
    ]);
    const readBack = await chat.say(answer);
    expect(readBack.card?.type).toBe('confirm');
    expect(readBack.text).toContain(BRANCH[locale].b2);
    expect(readBack.text).toContain(appointmentWhen(later, locale));
    expect((await chat.say(YES[locale])).text).toContain(DONE[locale]);
    expect((await upcoming()).map((a) => a.id)).toEqual([sooner.id]);
    chat.close();
  });

  it('zh-CN: "取消明天的预约" picks tomorrow’s of two without asking', async () => {
    await book('b2', 3, 'pm');
    const tomorrow = await kit.feature.branches.bookAppointment({
      customerId: CUSTOMER,
      branchId: 'b1',
      date: said('明天'),
      period: 'pm',
    });
    const chat = await Chat.open(kit, 'app', 'zh-CN');
    await chat.say('取消明天的预约');
    const readBack = await chat.verify(PHONE);
    expect(readBack.card?.type).toBe('confirm');
    expect(readBack.text).toContain(appointmentWhen(tomorrow, 'zh-CN'));
    chat.close();
  });

  it.each<Locale>(['zh-CN', 'en'])(
    '%s: with no appointment the customer is told so and offered a booking',
    async (locale) => {
      const chat = await Chat.open(kit, 'app', locale);
      await chat.say(CANCEL[locale]);
      const reply = await chat.verify(PHONE);
      expect(reply.text).toContain(
        locale === 'zh-CN' ? '没有待办理的网点预约' : 'no upcoming branch appointments',
      );
      expect(reply.card).toBeUndefined();
      expect(reply.quickReplies).toHaveLength(1);
      // The offer books: it starts the booking flow (already verified: which branch?).
      const offer = await chat.say(reply.quickReplies[0]!.text);
      expect(offer.kind).toBe('flow');
      expect(offer.text).toContain(locale === 'zh-CN' ? '预约哪个网点' : 'Which branch');
      chat.close();
    },
  );

  it.each([
    ['zh-CN', '保留预约'],
    ['zh-CN', '不是'],
    ['zh-CN', '算了'],
    ['en', 'keep it'],
    ['en', 'no'],
    ['en', "don't cancel it"],
  ] as const)('%s: "%s" at the read-back keeps the appointment', async (locale, answer) => {
    const appt = await book('b1', 2, 'am');
    const chat = await Chat.open(kit, 'app', locale);
    await chat.say(CANCEL[locale]);
    expect((await chat.verify(PHONE)).card?.type).toBe('confirm');
    const kept = await chat.say(answer);
    expect(kept.text).toContain(KEPT[locale]);
    expect(kept.text).not.toContain(DONE[locale]);
    expect((await upcoming()).map((a) => a.id)).toEqual([appt.id]);
    // The flow is over: a "confirm" now cancels nothing.
    await chat.say(locale === 'zh-CN' ? '确认' : 'confirm');
    expect((await upcoming()).map((a) => a.id)).toEqual([appt.id]);
    chat.close();
  });

  it.each([
    ['zh-CN', '取消'],
    ['en', 'cancel it'],
    ['en', 'yes'],
  ] as const)('%s: "%s" answers "cancel this appointment?" with a yes', async (locale, answer) => {
    await book('b2', 1, 'pm');
    const chat = await Chat.open(kit, 'app', locale);
    await chat.say(CANCEL[locale]);
    await chat.verify(PHONE);
    expect((await chat.say(answer)).text).toContain(DONE[locale]);
    expect(await upcoming()).toEqual([]);
    chat.close();
  });

  it.each([
    ['zh-CN', '我想改约', '改约需要先取消原来的预约'],
    ['en', 'reschedule my appointment', 'To change an appointment I cancel the old one'],
  ] as const)('%s: "%s" is cancel-then-book, and says so', async (locale, text, note) => {
    await book('b1', 1, 'am');
    const chat = await Chat.open(kit, 'app', locale);
    const first = await chat.say(text);
    expect(first.text).toContain(note);
    expect(first.card?.type).toBe('verify');
    expect((await chat.verify(PHONE)).card?.type).toBe('confirm');
    const done = await chat.say(YES[locale]);
    expect(done.text).toContain(DONE[locale]);
    expect(done.quickReplies).toHaveLength(1);
    const rebook = await chat.say(done.quickReplies[0]!.text);
    expect(rebook.text).toContain(locale === 'zh-CN' ? '预约哪个网点' : 'Which branch');
    chat.close();
  });

  // A cancel of a transfer during the cancellation leaves it running; how to stop it is said in its own
  // words. It used to be "取消预约并没有取消。如需取消，请说“取消”" / 'say "cancel"', and here "取消" is a yes.
  it.each([
    ['zh-CN', '不转了', '如果不想取消了，请说“不取消了”', '不取消了'],
    ['en', 'cancel the transfer', 'just say "keep my appointment"', 'keep my appointment'],
  ] as const)(
    '%s: "%s" during the cancellation says how to keep the appointment',
    async (locale, other, hint, keep) => {
      const appt = await book('b1', 2, 'am');
      const chat = await Chat.open(kit, 'app', locale);
      await chat.say(CANCEL[locale]);
      expect((await chat.verify(PHONE)).card?.type).toBe('confirm');
      const note = await chat.say(other);
      expect(note.text).toContain(hint);
      expect(note.text).not.toMatch(/转账|请说“取消”|say "cancel"|transfer|payment/);
      expect(note.card?.type).toBe('confirm');
      expect((await upcoming()).map((a) => a.id)).toEqual([appt.id]);
      const kept = await chat.say(keep);
      expect(kept.text).toContain(KEPT[locale]);
      expect((await upcoming()).map((a) => a.id)).toEqual([appt.id]);
      chat.close();
    },
  );

  it('zh-CN: "取消预约" while booking still calls the booking off, and cancels nothing booked', async () => {
    const appt = await book('b1', 1, 'am');
    const chat = await Chat.open(kit, 'app', 'zh-CN');
    expect((await chat.say('我想预约网点')).kind).toBe('flow');
    const reply = await chat.say('取消预约');
    expect(reply.text).toContain('已为您取消');
    expect((await upcoming()).map((a) => a.id)).toEqual([appt.id]);
    chat.close();
  });
});
