/**
 * A member of staff named by their role (a relationship manager, a loan officer, a mortgage adviser; 信贷员, 对公客户经理,
 * 房贷专员) asked to talk with the customer or to call them, often at the end of a longer message about the matter:
 * "…two directors, one overseas. Before I fill anything in, can I talk with a relationship manager?", "…my wife as
 * co-applicant. Can a loan officer call me? Evenings after 7 are best.", "…能让信贷员给我打个电话吗". The matter told
 * first reads as an everyday request to the trained model; the ask for that person is the point.
 *
 * Not whether such a person is needed ("do I need to speak to a loan officer?", 需要找信贷员吗), not something of theirs
 * ("can I have the loan officer's number?"), not what one said or did before ("the loan officer called me yesterday",
 * 信贷员说材料不全), not a meeting time booked with them (我想跟贷款经理约个面谈时间, an appointment), and not a call promised ("will a loan officer call me?"): those stay with the assistant.
 */

/** A role at the bank, in English: "relationship manager", "loan officer", "mortgage adviser", "business banker". */
const ROLE_EN = String.raw`(relationship|account|business|loan|loans|lending|credit|mortgage|home ?loan|wealth|investment|financial|savings|pensions?|insurance|branch|private|corporate|commercial|personal|premier|small business)( banking)? (manager|officer|banker|adviser|advisor|specialist|planner|consultant|executive)s?`;
const WHO_EN = String.raw`(a|an|the|my|your|one of your|someone from your|one of the) ${ROLE_EN}\b(?!'s|s')`;

const ASKS_EN = [
  // "can I talk with a relationship manager", "could we speak to one of your mortgage advisers".
  new RegExp(
    String.raw`\b(can|could|may) (i|we) (please )?(talk|speak|chat|meet|have a (word|chat|call|meeting)) (with|to) ${WHO_EN}`,
  ),
  // "can a loan officer call me", "could my relationship manager ring me back".
  new RegExp(
    String.raw`\b(can|could|would) ${WHO_EN} (please )?(call|ring|phone|contact|email|get in touch with|reach out to|give me a (call|ring)|call me back)\b`,
  ),
  // "I'd like to speak with a business banker", "I'd like a loan officer to call me".
  new RegExp(
    String.raw`\b(i'?d|i would|we'?d|we would) (like|prefer|love) (to (talk|speak|chat|meet) (with|to) |a (call|word|chat|meeting) with )${WHO_EN}|\b(i'?d|i would|we'?d|we would) (like|prefer) ${WHO_EN} to (call|ring|phone|contact)\b`,
  ),
];

/** A role at the bank, in Mandarin. */
const ROLE_ZH = String.raw`(信贷员|信贷经理|贷款经理|贷款专员|房贷专员|房贷经理|对公客户经理|对公经理|私人银行家|私行顾问|投资顾问|保险顾问|理财顾问)`;
const ASKS_ZH = [
  // "能跟信贷员聊聊吗", "想约个房贷专员谈一下".
  new RegExp(
    String.raw`(能|能不能|可以|可不可以|想|我想|麻烦|请)[^，。！？,.!?]{0,2}(跟|和|同|找|约|见)(一下|下)?(你们|贵行)?(的)?(一位|一个|个|位)?${ROLE_ZH}(?![^，。！？,.!?]{0,2}(约|预约))`,
  ),
  // "能让信贷员给我打个电话吗", "麻烦安排对公客户经理联系我".
  new RegExp(
    String.raw`(让|请|麻烦|安排|叫)[^，。！？,.!?]{0,6}${ROLE_ZH}[^，。！？,.!?]{0,4}(给我|跟我|和我)?(回(个|一下)?电话|打(个|一个)?电话|联系(一下)?我|回电)`,
  ),
];

/** Whether such a person is needed, a question about the procedure. */
const PROCEDURE_QUESTION =
  /\b(do|would|will|must|should|does) (i|we|you|it) (need|have) to\b[^.?!]*|(需要|需不需要|要不要|是不是要|是否需要|必须|得先)[^，。！？,.!?]{0,4}(约|预约|找|跟|见)[^。！？!?]*/g;

/** A member of staff named by their role, asked to talk or to call (see the file comment); `lower` in lower case. */
export function asksForAMemberOfStaffByTheirRole(lower: string): boolean {
  const asked = lower.replace(PROCEDURE_QUESTION, ' ');
  return ASKS_EN.some((p) => p.test(asked)) || ASKS_ZH.some((p) => p.test(asked));
}
