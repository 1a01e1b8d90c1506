/**
 * Appointments are booked, changed and cancelled under one intent (book_appointment). Which of those a
 * message asks for: "取消预约", "取消明天的预约", "把预约取消吧 那天去不了", "cancel my appointment", "call off
 * tomorrow's booking" cancel; "改约", "预约改期", "reschedule my appointment", "move my appointment to
 * thursday" change, which the assistant does honestly as cancel-then-book (it says so). Asked only of a
 * message the classifier gave to book_appointment, and only to start a flow: inside a booking flow
 * "取消预约" still calls that booking off (see `turn_signals.ts`).
 *
 * Inside the cancel flow the customer's short answers are read here too, because there "取消" is ambiguous:
 * at the read-back ("cancel this appointment?") "取消" / "cancel it" / "确认取消" is a yes, "保留" / "keep it"
 * / "不取消了" / "no" keeps it; elsewhere in the flow "取消预约" only repeats the request.
 */
import { isCancelPhrase, plainWords } from '../dialogue/cancel_phrases.ts';
import type { TurnSignals } from './turn_signals.ts';

export type AppointmentRequest = 'cancel' | 'change';

const CHANGE =
  /改约|改期|改(?:一下|个)?(?:预约)?的?(?:时间|日期)|(?:换|调)(?:一下|个|整)?(?:预约)?的?(?:时间|日期)|改到|挪到|推迟到?|延后|提前到|\breschedul|\bre-schedul|\b(?:move|change|shift|push back|postpone)\b.*\b(?:appointment|booking|appt)|\b(?:appointment|booking|appt)\b.*\b(?:moved|changed|to another (?:day|time))/iu;
const CANCEL =
  /取消|撤销|撤掉|退掉|不去了|去不了|\bcancel|\bcall(?:ing|ed)? (?:it |that |this )?off\b|\bcall off\b|\b(?:scrap|drop|delete|remove)\b.*\b(?:appointment|booking|appt)/iu;

/** Whether a book_appointment message asks to cancel or to change an appointment (null: to book one). */
export function appointmentRequestOf(text: string): AppointmentRequest | null {
  if (CHANGE.test(text)) return 'change';
  if (CANCEL.test(text)) return 'cancel';
  return null;
}

/** What an answer in the cancel flow does; null: the flow engine reads it as usual. */
export type CancelFlowAnswer = 'confirm' | 'keep' | 'again';

const KEEP =
  /保留|留着|不(?:要|用|想|必|打算)?取消|别取消|不取消|先不取消|还是去|\bkeep\b|\bdon'?t cancel|\bdo not cancel|\bleave it\b|\bnot cancel/iu;
const CONFIRM_CANCEL =
  /^(?:(?:是的?|对的?|好的?|嗯|确认|确定|yes|yeah|yep|ok|okay|sure|please) ?)*(?:确认取消|确定取消|取消(?:掉|吧|了|它|这个)*(?:预约)?(?:吧|了)?|cancel(?: (?:it|that|this|the appointment|my appointment|this appointment|the booking|it please))?(?: please)?)(?: (?:吧|谢谢|thanks|thank you|please))?$/u;
const NAMES_APPOINTMENT = /预约|\bappointment|\bbooking|\bappt/iu;

/**
 * `confirming`: the read-back is on screen. `names`: the message says which appointment (a branch, a day);
 * such a message never confirms the one read back, nor calls the flow off: it picks (and is read back).
 */
export function cancelFlowAnswer(
  text: string,
  signals: TurnSignals,
  opts: { confirming: boolean; names: boolean },
): CancelFlowAnswer | null {
  const plain = plainWords(text);
  if (KEEP.test(plain)) return 'keep';
  // "取消明天的预约": which one, never a yes to the one read back nor a cancel of the flow.
  if (opts.names) return 'again';
  if (opts.confirming) {
    if (signals.deny) return 'keep';
    if (CONFIRM_CANCEL.test(plain)) return 'confirm';
    return null;
  }
  // "取消预约" while verifying or choosing: the request again, not a cancel of it.
  if (isCancelPhrase(text) && NAMES_APPOINTMENT.test(plain)) return 'again';
  return null;
}
