/**
 * Right after booking a branch appointment, "算了 改到后天上午吧" / "actually make it the day after tomorrow
 * morning" was out of scope: the fallback, and the appointment stayed as booked. Now the appointment just booked
 * is moved: the new time is read back (with a word that the old one goes), and on "确认" / "confirm" the new one
 * is booked, the old one cancelled, and the customer told the new time. A half-day alone ("还是下午吧", "can we
 * do the afternoon instead") keeps the day; calling the move off keeps the appointment. Through the real server
 * (trained models, Redis).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Appointment } from '../banking/branch_services.ts';
import { appointmentMove, rememberBooked } from '../flows/appointment_move.ts';
import { appointmentWhen } from '../flows/appointment_replies.ts';
import { DialogueContext } from '../session/session_record.ts';
import { RuleEntityExtractor } from '../nlu/entities/extract_entities.ts';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Locale, Reply } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const CUSTOMER = 'c1001';
const PHONE = '13800000001';

const S = {
  'zh-CN': {
    book: '明天下午预约中关村支行',
    confirm: '确认',
    move: '算了 改到后天上午吧',
    dayAfter: '后天',
    halfDay: '还是下午吧',
    again: '改到明天上午',
    callOff: '取消',
    moved: /已为您改约/,
    oldCancelled: /的预约已取消/,
    kept: /预约保留不变/,
  },
  en: {
    book: 'book an appointment at Zhongguancun tomorrow afternoon',
    confirm: 'confirm',
    move: 'actually make it the day after tomorrow morning',
    dayAfter: 'the day after tomorrow',
    halfDay: 'can we do the afternoon instead',
    again: 'move it to tomorrow morning',
    callOff: 'cancel',
    moved: /your appointment is moved/,
    oldCancelled: /appointment is cancelled/,
    kept: /appointment stays as it is/,
  },
} as const;

/** The day a phrase means to the entity extractor. */
function day(phrase: string, locale: Locale): string {
  const date = new RuleEntityExtractor().extract(phrase, locale, new Date()).find((e) => e.type === 'date');
  return String(date?.value);
}

describe('what moves the appointment just booked', () => {
  const now = new Date();
  const appt: Appointment = {
    id: 'ap-12345678',
    customerId: CUSTOMER,
    branchId: 'b1',
    date: day('明天', 'zh-CN'),
    period: 'pm',
    createdAt: now.getTime(),
  };
  const context = rememberBooked(DialogueContext.parse({}), appt, now);
  const move = (text: string, locale: Locale) =>
    appointmentMove(
      context,
      { text, entities: new RuleEntityExtractor().extract(text, locale, now) },
      { now, idleMs: 600_000, branches: [], locale },
    );

  it.each([
    ['zh-CN', '算了 改到后天上午吧'],
    ['zh-CN', '还是上午吧'],
    ['zh-CN', '麻烦帮我改到后天上午'],
    ['zh-CN', '能不能换个时间，后天上午行不行'],
    ['en', 'actually make it the day after tomorrow morning'],
    ['en', 'can we do the morning instead'],
  ] as const)('%s "%s" moves it', (locale, text) => {
    expect(move(text, locale)?.flow.replaces).toBe(appt.id);
  });

  it.each([
    ['zh-CN', '再约一个后天上午的'],
    ['zh-CN', '取消明天下午的预约'],
    ['zh-CN', '还是下午吧'],
    ['en', 'book another one for the day after tomorrow morning'],
    ['en', 'make it the afternoon'],
    ['zh-CN', '改密码的话后天上午去网点可以吗'],
    ['en', 'I need to change my password, can I come in the day after tomorrow morning'],
  ] as const)(
    '%s "%s" does not (another booking, a cancellation, the time already booked)',
    (locale, text) => {
      expect(move(text, locale)).toBeNull();
    },
  );
});

describe.skipIf(!available)('a booking changed right after it is made', () => {
  let kit: TransactionsServer;
  const upcoming = (): Promise<Appointment[]> => kit.feature.branches.appointmentsOf(CUSTOMER, new Date());

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());
  beforeEach(async () => {
    for (const a of await upcoming()) await kit.feature.branches.cancelAppointment(CUSTOMER, a.id);
  });

  /** Books tomorrow afternoon at Zhongguancun; the chat is left right after "booked". */
  async function booked(locale: Locale): Promise<[Chat, Appointment]> {
    const s = S[locale];
    const chat = await Chat.open(kit, 'app', locale);
    await chat.say(s.book);
    expect((await chat.verify(PHONE)).card?.type).toBe('confirm');
    expect((await chat.say(s.confirm)).card?.type).toBe('result');
    const [appt] = await upcoming();
    expect(appt).toMatchObject({ branchId: 'b1', period: 'pm' });
    return [chat, appt!];
  }

  /** The move read back, then confirmed: the reply to the confirmation. */
  async function moved(chat: Chat, locale: Locale, text: string, old: Appointment): Promise<Reply> {
    const readBack = await chat.say(text);
    expect(readBack.card?.type, `${text} -> ${readBack.text}`).toBe('confirm');
    expect(readBack.text).toContain(appointmentWhen(old, locale));
    const done = await chat.say(S[locale].confirm);
    expect(done.card?.type, done.text).toBe('result');
    expect(done.text).toMatch(S[locale].moved);
    expect(done.text).toMatch(S[locale].oldCancelled);
    expect(done.text).toContain(appointmentWhen(old, locale));
    return done;
  }

  it.each(['zh-CN', 'en'] as const)(
    '%s: moved to the new day and half-day, then to another half-day the same day',
    async (locale: Locale) => {
      const s = S[locale];
      const [chat, first] = await booked(locale);
      const done = await moved(chat, locale, s.move, first);
      const [second, ...rest] = await upcoming();
      expect(rest).toEqual([]);
      expect(second).toMatchObject({ branchId: 'b1', date: day(s.dayAfter, locale), period: 'am' });
      expect(done.text).toContain(appointmentWhen(second!, locale));

      await moved(chat, locale, s.halfDay, second!);
      const [third, ...others] = await upcoming();
      expect(others).toEqual([]);
      expect(third).toMatchObject({ branchId: 'b1', date: second!.date, period: 'pm' });
      chat.close();
    },
  );

  it.each(['zh-CN', 'en'] as const)('%s: a move called off keeps the appointment', async (locale: Locale) => {
    const s = S[locale];
    const [chat, appt] = await booked(locale);
    expect((await chat.say(s.again)).card?.type).toBe('confirm');
    expect((await chat.say(s.callOff)).text).toMatch(s.kept);
    expect((await upcoming()).map((a) => a.id)).toEqual([appt.id]);
    chat.close();
  });
});
