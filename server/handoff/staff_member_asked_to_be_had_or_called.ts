/**
 * A member of staff asked for at the end of a longer message about something else: "…she doesn't trust screens, so
 * please can we have a staff member", "…what happens to my ISA? Can I book a call with one of your staff?",
 * "could I get one of your team on a call about it". The matter told first reads as an everyday request to the
 * trained model; the ask is the point. Not something of a member of staff's ("can I have a staff member's email?"),
 * not whether a call or a meeting is needed ("do I need to book a call with your staff to close it?"), and not a call
 * already booked or had (`appointment_already_booked.ts`, `explicit_request.ts`). In Mandarin: 能不能来个工作人员,
 * 能约你们一位同事通个电话吗; not whether one must be booked (需要预约客户经理吗).
 */

const STAFF =
  '(staff member|member of staff|members of staff|staff|person|human|employees?|clerks?|tellers?|bankers?|advisers?|advisors?|colleagues?|someone from (the |your )?(branch|bank|team|staff))';

/** "can we have a staff member", "could I get one of your staff", not "a staff member's email". */
const HAVE_A_MEMBER_OF_STAFF = new RegExp(
  `\\b(can|could|may) (i|we) (please )?(have|get|see) (a|an|one of your|one of the|some|a real) ${STAFF}\\b(?!'s| members?'?s?\\b|-)`,
);

/** "book a call with one of your staff", "arrange a meeting with one of the team". */
const CALL_WITH_STAFF =
  /\b(book|arrange|schedule|set up|have|get)\s+(me\s+)?(in\s+)?(a|an)\s+(call|phone call|video call|meeting|chat|appointment|slot)\s+(with|to speak (to|with)|to see)\s+(one of your|one of the|your|some of your|someone (from|on|in) (your|the))\s+(staff|team|colleagues|people|advisers|advisors|bankers|experts|specialists)\b/;

/** "能不能来个工作人员", "麻烦派一位柜员过来": a member of staff asked to come, with a word of asking. */
const COME_OVER_ZH =
  /(能不能|能否|可不可以|可以|麻烦|请|让|叫|给我)[^，。！？,.!?]{0,4}(来|派)(个|一个|一位|位)(你们的?)?(工作人员|员工|柜员|客户经理|理财经理|大堂经理|同事|专员)/;

/** "能约你们一位同事通个电话吗": a call or a talk booked with one of the staff. */
const CALL_WITH_STAFF_ZH =
  /(约|预约|安排)(一下)?(你们|贵行|银行)?(的)?(一位|一个|个|哪位)?(同事|工作人员|员工|客户经理|理财经理|顾问|专员)[^，。！？,.!?]{0,6}(通(个|一下)?电话|打(个|一个)?电话|聊|谈|见(个)?面|视频)/;

/** Whether a call or meeting is needed at all: a question about the procedure, not an ask. */
const PROCEDURE_QUESTION =
  /\b(do|would|will|must|should) (i|we|you) (need|have) to\b[^.?!]*|(需要|需不需要|要不要|是不是要|是否需要|必须|得先)[^，。！？,.!?]{0,4}(约|预约|找)[^。！？!?]*|\b(is|are) (it|a call|a meeting|an appointment) (needed|necessary|required)\b[^.?!]*/g;

/** A member of staff asked to be had or called (see the file comment); `lower` is the message in lower case. */
export function asksForAMemberOfStaffToBeHadOrCalled(lower: string): boolean {
  const asked = lower.replace(PROCEDURE_QUESTION, ' ');
  return (
    HAVE_A_MEMBER_OF_STAFF.test(asked) ||
    CALL_WITH_STAFF.test(asked) ||
    COME_OVER_ZH.test(asked) ||
    CALL_WITH_STAFF_ZH.test(asked)
  );
}
