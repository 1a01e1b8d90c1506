/**
 * A person asked for to explain the matter: "我想问下代办的事，能不能有个人给我讲讲", "有没有人能跟我说说这个流程", "找个明白人给我
 * 解释一下", "can someone talk me through the power of attorney?", "is there a person who could explain the form to me?".
 * The customer wants a person to go through it with them, not an article. A request to the assistant with no person in it
 * ("能不能给我讲讲", "can you explain the fee?") or a person in a story ("有个人给我讲过", "someone explained it to me
 * yesterday") is none.
 */

const EXPLAIN_ZH =
  /(能不能|能否|可不可以|可以|麻烦|请)?(有|找|派|安排|来)(一?个|一位)(懂的|明白|专业的?|懂行的?)?(人|工作人员|同事)(来)?(给我|帮我|跟我|和我|为我)(讲|说|解释|介绍|讲解|指导|捋)(一下|一讲|讲|说|清楚)?(吗|吧|呢)?(?![^，。！？?]{0,3}过)|有没有(个)?人(能|可以)?(给我|跟我|和我)(讲|说|解释|讲解)(一下|讲|说)?/;
const EXPLAIN_EN =
  /\b(can|could|would) (someone|somebody|a person|one of your (people|staff|team)|a member of staff|a staff member) (talk|walk|take|go) me through\b|\bis there (someone|somebody|a person|anyone|anybody) (who|that) (can|could) (explain|talk me through|walk me through|go through|go over)\b/;

/** A person asked for to explain the matter (see the file comment). */
export function asksForSomeoneToExplain(lower: string): boolean {
  return EXPLAIN_ZH.test(lower) || EXPLAIN_EN.test(lower);
}
