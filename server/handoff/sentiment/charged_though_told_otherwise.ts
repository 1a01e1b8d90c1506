/**
 * A charge taken though the customer was told, or can show, it should not be: "转账手续费不是说免费吗，怎么还是扣了5块",
 * "不是说取消了吗，怎么又扣了", "why was a $35 overdraft fee charged when my deposit posted the same day?". The model
 * reads a question about a fee; the contradiction the customer points at is the grievance. A fee asked about ahead
 * ("is there a fee when I transfer abroad?", "跨行转账收手续费吗") has no contradiction in it.
 */
import { ruleText } from '../rule_text.ts';

const TOLD_FREE_ZH =
  /不是说.{0,12}(免费|不收|不要钱|免|取消|退|减免|不扣).{0,6}吗.{0,12}(怎么|咋|为啥|为什么).{0,4}(还|又)/;

const WHY_CHARGED_WHEN_EN =
  /\bwhy (was|were|did you|have you|has)\b[^?]{0,60}\b(fee|charge|penalty|interest)\b[^?]{0,40}\bwhen (my|i|the|it)\b[^?]{0,40}\b(posted|paid|had|was|cleared|arrived|went in|came in)\b/;

/** A charge taken against what was said or done (see the file comment). */
export function isChargedThoughToldOtherwise(text: string): boolean {
  const lower = ruleText(text);
  return TOLD_FREE_ZH.test(lower) || WHY_CHARGED_WHEN_EN.test(lower);
}
