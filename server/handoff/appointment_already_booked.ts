/**
 * An appointment with a member of staff the customer has already booked, asked about ("I've booked a video appointment
 * with a financial adviser for Tuesday. Will they call me or do I join through the app?", "已经约了周二跟理财经理视频面谈，
 * 到时候是他打给我还是我在app里进？"): how it will happen, not an ask for a person now; the person is already booked.
 * Not an ask for one ("can I book an appointment with an adviser", "have an adviser call me").
 */

/** The customer has already booked the appointment. */
const BOOKED =
  /\bi('ve| have)? (already |just )?(booked|got|made|scheduled|arranged) (a|an|my|the) (video |phone |online |branch |mortgage |face-to-face )?(appointment|meeting|call)\b|(已经|已)(约|预约|约好|定|订)(了|好了)?[^，。！？,.!?]{0,12}(面谈|视频|预约|见面|通话)/;

/** The booked appointment itself and how the person will get in touch for it. */
const ABOUT_THE_BOOKING =
  /\bi('ve| have)? (already |just )?(booked|got|made|scheduled|arranged) (a|an|my|the) [^.?!,]*?(?= but\b| and i\b|[.?!,]|$)|\b(will|would|do|does|is) (they|he|she|the (adviser|advisor|banker|manager)|someone)\b[^.?!]{0,12}\b(call|ring|phone|contact)\b[^.?!]*|(已经|已)(约|预约|约好|定|订)[^，。！？,.!?]*|(是)?(他|她|对方|经理|顾问)(会)?(打给我|给我打|联系我|打过来)[^，。！？,.!?]*/g;

/** The text without an appointment already booked and how it will happen (see the file comment). */
export function withoutAppointmentAlreadyBooked(lower: string): string {
  return BOOKED.test(lower) ? lower.replace(ABOUT_THE_BOOKING, ' ') : lower;
}
