/**
 * How an appointment is said and shown when the customer books or cancels one: the branch's name and the day
 * with its half-day in the customer's language ("北京中关村支行 12月5日（周六）上午", "Sat 5 Dec, morning at
 * Lujiazui Sub-branch, Shanghai") and what the visit is for, the quick reply that picks it (its text is what
 * `slot_extract` reads back: branch name, ISO day, half-day), the read-backs to confirm a booking or a
 * cancellation, and the reply once the store has answered.
 */
import {
  QUEUE_SERVICES,
  type Appointment,
  type Branch,
  type CancelAppointmentResult,
  type Period,
  type QueueService,
} from '../banking/branch_services.ts';
import type { Locale, QuickReply } from '../protocol/protocol.ts';
import { say } from './flow_messages.ts';
import { card, joinText, type FlowOutput } from './flow_replies.ts';
import type { FlowDefinition } from './flow_types.ts';
import type { Resolved } from './slot_resolve.ts';

const ZH_WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const halfDay = (p: Period, locale: Locale): string =>
  locale === 'zh-CN' ? (p === 'am' ? '上午' : '下午') : p === 'am' ? 'morning' : 'afternoon';

/** 12月5日（周六）上午 / Sat 5 Dec, morning. */
export function appointmentWhen(a: Pick<Appointment, 'date' | 'period'>, locale: Locale): string {
  const d = new Date(`${a.date}T00:00:00Z`);
  const month = d.getUTCMonth();
  const day = d.getUTCDate();
  const weekday = d.getUTCDay();
  return locale === 'zh-CN'
    ? `${month + 1}月${day}日（${ZH_WEEKDAYS[weekday]}）${halfDay(a.period, locale)}`
    : `${EN_WEEKDAYS[weekday]} ${day} ${EN_MONTHS[month]}, ${halfDay(a.period, locale)}`;
}

export function branchName(a: Appointment, branches: readonly Branch[], locale: Locale): string {
  return branches.find((b) => b.id === a.branchId)?.name[locale] ?? a.branchId;
}

/** The button for one appointment; sent back, its text names the branch, the ISO day and the half-day. */
export function appointmentOption(a: Appointment, branches: readonly Branch[], locale: Locale): QuickReply {
  const branch = branchName(a, branches, locale);
  const when = appointmentWhen(a, locale);
  return {
    label: locale === 'zh-CN' ? `${branch} ${when}` : `${when} · ${branch}`,
    text: `${branch} ${a.date} ${halfDay(a.period, locale)}`,
  };
}

/** What the visit is for (个人业务 / Personal banking). */
export function appointmentPurpose(service: QueueService, locale: Locale): string {
  return QUEUE_SERVICES[service].name[locale];
}

/**
 * The booking read back before it is made: branch, day and half-day, purpose; "确认" books it, a change
 * ("改到后天下午", "下午", "理财咨询") is read back again, "取消" books nothing. Nothing in it is secret, so
 * the kiosk may say it.
 */
export function bookingReadBack(def: FlowDefinition, r: Resolved, locale: Locale): FlowOutput {
  const zh = locale === 'zh-CN';
  const branch = r.branch?.name[locale] ?? '';
  const when = r.date && r.period ? appointmentWhen({ date: r.date, period: r.period }, locale) : '';
  const purpose = appointmentPurpose(r.service ?? 'personal', locale);
  const title = def.confirmTitle[locale];
  const summary = zh
    ? `${title}：${branch}，${when}，办理${purpose}。`
    : `${title}: ${when} at ${branch}, for ${purpose.toLowerCase()}.`;
  return {
    text: joinText(locale, summary, say('confirmBookingAsk', locale)),
    kioskText: joinText(locale, summary, say('confirmBookingKiosk', locale)),
    card: card(
      'confirm',
      title,
      [
        [zh ? '网点' : 'Branch', branch],
        [zh ? '时间' : 'When', when],
        [zh ? '办理业务' : 'Purpose', purpose],
      ],
      {
        actions: [
          { label: say('confirm', locale), text: say('confirm', locale) },
          { label: say('change', locale), text: say('change', locale) },
          { label: say('cancel', locale), text: say('cancel', locale) },
        ],
      },
    ),
  };
}

/** Offered when there is nothing to cancel. */
export function bookOption(locale: Locale): QuickReply {
  return locale === 'zh-CN'
    ? { label: '预约网点', text: '预约网点' }
    : { label: 'Book an appointment', text: 'book a branch appointment' };
}

/** The appointment read back before it is cancelled; nothing in it is secret, so the kiosk may say it. */
export function cancelReadBack(
  def: FlowDefinition,
  a: Appointment,
  branches: readonly Branch[],
  locale: Locale,
): FlowOutput {
  const zh = locale === 'zh-CN';
  const branch = branchName(a, branches, locale);
  const when = appointmentWhen(a, locale);
  const title = def.confirmTitle[locale];
  const summary = zh ? `${title}：${branch} ${when}。` : `${title} ${when} at ${branch}.`;
  const yes = zh
    ? { label: '确认取消', text: '确认取消' }
    : { label: 'Yes, cancel it', text: 'yes, cancel it' };
  const keep = zh ? { label: '保留预约', text: '保留预约' } : { label: 'Keep it', text: 'keep it' };
  return {
    text: joinText(locale, summary, say('confirmCancelAsk', locale)),
    kioskText: joinText(locale, summary, say('confirmCancelKiosk', locale)),
    card: card(
      'confirm',
      title,
      [
        [zh ? '网点' : 'Branch', branch],
        [zh ? '时间' : 'When', when],
        ...(a.service
          ? [[zh ? '办理业务' : 'Purpose', appointmentPurpose(a.service, locale)] as [string, string]]
          : []),
      ],
      { actions: [yes, keep] },
    ),
  };
}

/** What the customer is told once the store has answered. */
export function cancelOutcome(
  result: CancelAppointmentResult,
  branches: readonly Branch[],
  locale: Locale,
): FlowOutput {
  const zh = locale === 'zh-CN';
  if (result.status === 'already_cancelled')
    return { text: say('appointmentAlreadyCancelled', locale), quickReplies: [bookOption(locale)] };
  if (result.status !== 'cancelled')
    return { text: say('appointmentGone', locale), quickReplies: [bookOption(locale)] };
  const a = result.appointment;
  const branch = branchName(a, branches, locale);
  const when = appointmentWhen(a, locale);
  const again = { ...bookOption(locale), label: zh ? '预约新的时间' : 'Book a new time' };
  return {
    text: say('appointmentCancelled', locale, { branch, when }),
    card: card('result', zh ? '预约已取消' : 'Appointment cancelled', [
      [zh ? '网点' : 'Branch', branch],
      [zh ? '时间' : 'When', when],
      [zh ? '预约号' : 'Reference', a.id],
    ]),
    quickReplies: [again],
  };
}
