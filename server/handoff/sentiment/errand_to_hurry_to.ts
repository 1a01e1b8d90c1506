/**
 * An errand the customer has to hurry off to (还得去接孩子, 赶高铁, "I've got to pick the kids up", "a train to catch")
 * told beside impatience at how slow things are here (慢死了, 这啥效率, "hurry up", "this is taking forever"): the
 * errand is why the wait hurts, not a subject vented about. Spoken to the lobby screen such a message often has no
 * punctuation ("慢死了慢死了我还得去接孩子这啥效率啊"), so the errand shared one clause with the anger and made the
 * whole of it off topic (孩子, "train" are off-topic subjects in `off_topic_clause.ts`). The errand is blanked before
 * the clauses are read; anger at the kids, the train or the school themselves is read as before ("孩子又发烧了烦死了",
 * "the train was cancelled again").
 */

const ZH_ERRAND =
  /(还得|还要|得|要|赶着|急着|着急)(去|回去|回家)?(接(孩子|娃|小孩|儿子|女儿|孙子|孙女|外孙女?)(放学)?|送(孩子|娃|小孩)(上学|去学校)?|赶(车|火车|高铁|动车|飞机|航班|公交|地铁|班车)|赶(去|回)(医院|单位|公司|学校|幼儿园|家)|上班|去上班|回去上班|去医院|看病)/gu;

const EN_ERRAND =
  /\b(i'?ve got to|i have to|i need to|i gotta|i must|got to|have to|need to)( go and| go| dash off to| run and)? (pick up|collect|fetch|get) (the|my) (kids?|children|son|daughter|grandkids|grandchildren)( up)?( from (school|nursery))?\b|\b(i'?ve got to|i have to|i need to|i gotta|got to|have to|need to) (pick|collect|fetch|get) (the|my) (kids?|children|son|daughter|grandkids|grandchildren) up\b|\b(a|my) (train|bus|flight|plane|ferry|coach) to catch\b|\b(i'?ve got to|i have to|i need to|i gotta|got to|have to|need to) (get back to work|be back at work|catch (a|my|the) (train|bus|flight|plane|ferry|coach))\b/g;

/** Impatience at the pace here. */
const IMPATIENT =
  /慢死了|太慢|好慢|真慢|这么慢|慢吞吞|磨蹭|效率|快点|快一点|能不能快|半天|还要等|等多久|要多久|\b(so slow|too slow|hurry( up)?|taking (forever|ages|so long)|takes? (forever|ages)|how (much )?long|not moving|still waiting|been waiting|what'?s taking)\b/u;

/**
 * The lower-cased message with an errand the customer hurries to blanked (same length, so offsets stay), when the
 * rest of it is impatient at the pace; else the message as it was.
 */
export function withoutErrandToHurryTo(lower: string): string {
  const blanked = lower
    .replace(ZH_ERRAND, (m) => ' '.repeat(m.length))
    .replace(EN_ERRAND, (m) => ' '.repeat(m.length));
  return blanked !== lower && IMPATIENT.test(blanked) ? blanked : lower;
}
