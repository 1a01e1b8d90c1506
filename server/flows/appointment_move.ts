/**
 * A change of mind right after booking a branch appointment ("算了 改到后天上午吧", "还是明天下午吧", "actually make
 * it the day after tomorrow morning", "can we move it to Friday instead"): the appointment just booked is moved.
 * It used to be out of scope (no flow was running, and the message named no appointment to change). The
 * booking is remembered for the flow idle time (`context.extensions.bookedAppointment`); a message that asks
 * for another time, day or branch then starts the booking again with what was booked and what is new, read
 * back with a word that the old one goes once the new one is confirmed; on "确认" the new one is booked and
 * then the old one cancelled (booked first: a failed booking leaves the old one), and the customer is told
 * the new time and that the old one is cancelled. Another booking ("再约一个"), a cancellation, or a message with
 * no new day, half-day or branch is read as usual.
 */
import { z } from 'zod';
import type { Appointment, Branch, CancelAppointmentResult } from '../banking/branch_services.ts';
import type { Entity, Locale } from '../protocol/protocol.ts';
import { parseExtension, rememberValid } from '../session/parse_extension.ts';
import type { DialogueContext } from '../session/session_record.ts';
import { plainWords } from '../dialogue/cancel_phrases.ts';
import { appointmentWhen } from './appointment_replies.ts';
import { FLOWS } from './flow_definitions.ts';
import { newFlow, type FlowState } from './flow_state.ts';
import { extractSlots } from './slot_extract.ts';

const Booked = z.object({
  id: z.string(),
  branchId: z.string(),
  date: z.string(),
  period: z.enum(['am', 'pm']),
  service: z.enum(['personal', 'corporate', 'wealth']).optional(),
  at: z.number(),
});
type Booked = z.infer<typeof Booked>;

/** Remembers the appointment just booked (replacing any earlier one). */
export function rememberBooked(context: DialogueContext, appt: Appointment, now: Date): DialogueContext {
  const booked: Booked = {
    id: appt.id,
    branchId: appt.branchId,
    date: appt.date,
    period: appt.period,
    ...(appt.service ? { service: appt.service } : {}),
    at: now.getTime(),
  };
  rememberValid(Booked, booked);
  return { ...context, extensions: { ...context.extensions, bookedAppointment: booked } };
}

function readBooked(context: DialogueContext, now: Date, idleMs: number): Booked | null {
  const booked = parseExtension(Booked, context.extensions.bookedAppointment);
  return booked && now.getTime() - booked.at <= idleMs ? booked : null;
}

/** Words that ask for another time than the one booked: "改到", "换成", "还是…吧", "算了", "make it", "instead". */
const CHANGE =
  /改|换|挪|调到|调成|推迟|延后|提前|还是|算了|不对|那就|要不|\binstead\b|\bactually\b|\bmake it\b|\brather\b|\bswitch\b|\bmove\b|\bchange\b|\breschedul|\bpush it\b|\bhow about\b|\bwhat about\b|\b(?:can|could) (?:we|i|you) (?:do|make it|go)\b|\blets do\b|\bbetter\b/u;
/** Another appointment besides it, or the appointment called off: not a move. */
const NOT_A_MOVE =
  /再(?:约|预约|订|帮我约)|另(?:外)?(?:约|预约)一|也(?:约|预约)|多约|取消|不去了|\banother\b|\bone more\b|\bsecond (?:appointment|booking)\b|\balso book\b|\bcancel\b|\bcall (?:it )?off\b/u;

/** Longer messages are about something else that happens to name a day. */
const MAX_WORDS = 12;
const MAX_HAN = 24;
/** What a new time is said with, besides the day (an entity) and the branch: half-days, particles, fillers. */
const ZH_FILLER =
  /上午|下午|早上|中午|晚上|预约|时间|日子|一下|那就|麻烦|这个|那个|一个|能不能|行不行|可以|网点|支行|分行|就|那|帮|请|给|吧|了|呢|啊|呀|哦|嗯|的|我|您|你|到|成|在|去|个|天|吗|好|行|能/gu;
const EN_FILLER = new Set(
  (
    'it to the a an my our appointment booking please then instead for in on at we i can could do make let lets ' +
    'us how about what one that this day time ok okay sorry no yes oh um hmm actually morning afternoon am pm ' +
    'would will be is rather maybe better change move switch reschedule push shift branch sub instead please'
  ).split(' '),
);
/** Most a message may say besides the new time: Chinese characters, English words. */
const MAX_REST_HAN = 2;
const MAX_REST_WORDS = 2;

/** Whether the message says more than a new time for the appointment ("改密码的话明天上午去网点可以吗"). */
function saysMoreThanATime(text: string, entities: Entity[], branches: readonly Branch[]): boolean {
  let rest = text;
  for (const e of [...entities].filter((x) => x.type === 'date').sort((a, b) => b.start - a.start))
    rest = `${rest.slice(0, e.start)} ${rest.slice(e.end)}`;
  rest = plainWords(rest).replace(new RegExp(CHANGE.source, 'gu'), ' ');
  for (const k of branches.flatMap((b) => b.keywords)) rest = rest.split(k.toLowerCase()).join(' ');
  const han = rest.replace(ZH_FILLER, '').match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = (rest.match(/[a-z]+/g) ?? []).filter((w) => !EN_FILLER.has(w)).length;
  return han > MAX_REST_HAN || words > MAX_REST_WORDS;
}

export interface Move {
  flow: FlowState;
  /** Said before the read-back: the appointment being moved, and that it goes once the new one is confirmed. */
  note: string;
}

/**
 * The booking flow that moves the appointment just booked, when the message asks for another day, half-day
 * or branch for it; null otherwise.
 */
export function appointmentMove(
  context: DialogueContext,
  turn: { text: string; entities: Entity[] },
  opts: { now: Date; idleMs: number; branches: readonly Branch[]; locale: Locale },
): Move | null {
  const booked = readBooked(context, opts.now, opts.idleMs);
  if (!booked) return null;
  const plain = plainWords(turn.text);
  // A short answer about the time, not a request about something else that happens to name a day.
  const han = plain.match(/\p{Script=Han}/gu)?.length ?? 0;
  const long = plain.split(' ').length > MAX_WORDS || han > MAX_HAN;
  if (long || !CHANGE.test(plain) || NOT_A_MOVE.test(plain)) return null;
  // "改密码的话明天上午去网点可以吗": more than a new time, so about something else.
  if (saysMoreThanATime(turn.text, turn.entities, opts.branches)) return null;
  const heard = extractSlots(
    FLOWS.book_appointment,
    { text: turn.text, entities: turn.entities },
    opts.branches,
  );
  const changed =
    (heard.date !== undefined && heard.date !== booked.date) ||
    (heard.period !== undefined && heard.period !== booked.period) ||
    (heard.branch !== undefined && heard.branch !== booked.branchId);
  if (!changed) return null;
  const flow: FlowState = {
    ...newFlow('book_appointment', opts.now),
    slots: {
      branch: heard.branch ?? booked.branchId,
      date: heard.date ?? booked.date,
      period: heard.period ?? booked.period,
      ...((heard.service ?? booked.service) ? { service: heard.service ?? booked.service } : {}),
    },
    replaces: booked.id,
  };
  const when = appointmentWhen(booked, opts.locale);
  const note =
    opts.locale === 'zh-CN'
      ? `好的，帮您把刚才预约的${when}改到新的时间。确认后为您预约新的时间，并取消原来的预约。`
      : `Sure, let's move the appointment you just booked (${when}). Once you confirm, I'll book the new time and cancel the old one.`;
  return { flow, note };
}

/**
 * The booking's result text once the old appointment is cancelled: the new time first, then that the old one
 * is cancelled. `booked`: the result text of the new booking ("预约成功：…"). Null when the old one was not
 * there to cancel (its day is over, or it is unknown): then the booking is said as any booking.
 */
export function movedText(booked: string, old: CancelAppointmentResult, locale: Locale): string | null {
  if (old.status !== 'cancelled' && old.status !== 'already_cancelled') return null;
  const when = appointmentWhen(old.appointment, locale);
  // "预约成功：…。请携带身份证件准时到达。": the old one's line goes before the reminder to bring an ID.
  const [done, bring] = splitReminder(booked);
  return locale === 'zh-CN'
    ? `已为您改约。${done.replace(/^预约成功/, '新的预约')}原来${when}的预约已取消。${bring}`
    : `Done, your appointment is moved. ${done.replace(/^Booked/, 'New time')} Your ${when} appointment is cancelled. ${bring}`.trim();
}

const REMINDER = /(请携带身份证件准时到达。|Please bring your ID\.)$/u;

function splitReminder(text: string): [string, string] {
  const m = REMINDER.exec(text);
  return m ? [text.slice(0, m.index).trim(), m[1]!] : [text, ''];
}

/** The result card's title for a move. */
export function movedTitle(locale: Locale): string {
  return locale === 'zh-CN' ? '改约成功' : 'Appointment moved';
}
