/**
 * Asking to see a member of staff, as a customer at the lobby screen says it ("can I get a ticket to see someone at
 * enquiries about switching my account", "I'd like to see a teller", "who do I see about my late husband's account",
 * "取个号 想见一下客户经理"): an ask for a person in the branch. The trained model read such a message as an ask only when
 * it was short; a greeting before it or the matter after it ("hello …", "… about switching my account") took the
 * ask away (0.74 without them, 0.11 with). Someone else's things ("I need to see someone's ID") are no ask.
 */

const STAFF_EN =
  '(someone|somebody|a person|a real person|a human|an? (teller|cashier|banker|adviser|advisor|manager|member of staff|staff member|clerk|specialist|(mortgage|financial|pensions?|business|loans?|savings) (adviser|advisor|specialist|manager)))';

/** A later day or time after the ask: a visit planned, not a person now. */
const PLANNED_VISIT = String.raw`[^.?!]{0,40}\b(next|tomorrow|later|tonight|on (mon|tues|wednes|thurs|fri|satur|sun)days?|this (week|afternoon|evening|weekend)|when i)\b`;

const EN = [
  // A queue ticket or number to see them: "can I get a ticket to see someone", "a number to talk to a teller".
  new RegExp(
    String.raw`\b(ticket|number|token)\b[^.?!]{0,12}\b(to|so i can|for) (see|meet|talk to|speak to|speak with|talk with) ${STAFF_EN}\b(?!'s)`,
  ),
  // "I'd like to see someone", "can I see a teller", "I've come to see an adviser"; not a visit planned for later
  // ("I'd like to see a mortgage adviser next week": the customer asks about the visit, `PLANNED_VISIT`).
  new RegExp(
    String.raw`\b((i'?d like|i would like|i want|i wanna|i need|i'?m here|i'?ve come|i came( in)?|came in|here) to|(can|could|may) i( please)?|let me) see ${STAFF_EN}\b(?!'s)(?!${PLANNED_VISIT})`,
  ),
  // "who do I see about my late husband's account".
  /\bwho (do|should|can|would) i (need to |have to )?see (about|for|regarding)\b/,
];

/** 想见 / 要见一下 a member of staff, or a queue number to see one ("拿个号见经理"). */
const ZH =
  /((想|要|能不能|能否|可以|能|我来|来)(当面)?|(取|拿|领|排|打|来)(个|一个|张)?号[^，。！？,.!?]{0,6})(见|见见|见一下|见个)(你们)?(的)?(客户经理|理财经理|大堂经理|值班经理|经理|柜员|工作人员|行长|主管|负责人|专员)/u;

/** `lower`: the lower-cased message, with reports of staff and quoted messages already taken out. */
export function asksToSeeSomeoneInPerson(lower: string): boolean {
  return ZH.test(lower) || EN.some((p) => p.test(lower));
}
