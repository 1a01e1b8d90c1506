/**
 * A person asked for in a clause of its own, tacked onto a calm request: "need info on paying off my loan early,
 * agent pls", "how do I change my address? human please", "pls agent", "信用卡分期的事，来个客服", "帮我看看这笔扣款，
 * 上人工吧". The clause holds nothing but the person (and a please, a now, a thanks): an ask, however short the rest.
 *
 * Not a person in a longer clause ("I'm a travel agent, can I…", "我是做客服的"), nor a staff word with no please, no
 * verb and no "now" ("…, agent."), which may be a title.
 */

/** The person asked for, with a please, a now or a thanks, alone in its clause. */
const EN_TERSE =
  /(^|[,.;:!?\-–—]\s*)((pls|plz|please)\s+)?(an?\s+|the\s+)?(real\s+|live\s+|actual\s+)?(agent|human|person|representative|rep|operator|adviser|advisor|staff member)s?((\s+|,\s*)(please|pls|plz|asap|now|thanks|thx|ty))+\s*([.!?]+\s*|$)|(^|[,.;:!?\-–—]\s*)(pls|plz|please)\s+(an?\s+|the\s+)?(real\s+|live\s+|actual\s+)?(agent|human|person|representative|rep|operator|adviser|advisor)\s*([.!?]+\s*|$)/;

/** "来个客服", "上人工吧", "给我来个真人": a verb fetching a person, alone in its clause. */
const ZH_TERSE =
  /(^|[，,。.；;！!？?]\s*)(麻烦|请)?(来|上|给我来|给我上|给我接|接)(个|一个|一位)?(客服|工作人员|真人|人)(吧|呗|啊|谢谢|快点)?\s*([。.!！?？]+\s*|$)/;

/** Whether a lower-cased message asks for a person in a short clause of its own. */
export function asksForAnAgentTersely(lower: string): boolean {
  return EN_TERSE.test(lower) || ZH_TERSE.test(lower);
}
