/**
 * A cost or a condition nobody mentioned when the product was sold: "提前还款手续费那么高，当初办的时候业务员一个字都没提",
 * "买的时候客户经理压根没说要锁定三年", "nobody mentioned the exit fee when I signed up", "the adviser never told me about
 * the penalty when I took it out". Said calmly, often beside a plain next step (closing the card), it is a grievance of
 * being misled. A question whether it was said ("办的时候有没有说过年费？我记不清了", "was I told about the fee when I
 * signed up?") is none.
 */
import { ruleText } from '../rule_text.ts';

const WHEN_SOLD_ZH =
  /当初|当时|办(卡|的时候|理的时候)|买的时候|签(合同)?的时候|开户的时候|推销的时候|卖给我的时候/;
const NOT_MENTIONED_ZH =
  /一个字(都|也)没(提|说|讲)|只字(未|没)提|根本没(提|说|讲)|压根(就)?(没|不)(提|说|讲)|(都|也|从来)没(告诉|跟我说|提醒|提过|说过|讲过|提到)|没(有)?人(告诉|提醒|跟我说|提过)|绝口不提/;
const NOT_MENTIONED_EN =
  /\b(nobody|no one|never|not once)\b[^.?!]{0,30}\b(mentioned|told me|said|warned|explained)\b[^.?!]{0,40}\bwhen (i|we) (signed up|opened|took (it |the \w+ )?out|applied|bought|joined|switched|got (the|it|this|my))\b|\bnot a (single )?word (about|of) (it|that|this|the|any)\b[^.?!]{0,40}\bwhen (i|we)\b|\b(the|your) (salesman|salesperson|sales rep|adviser|advisor|banker|rep|representative|staff) (never|didn'?t|did not) (mention|tell|say|warn|explain)\w*\b/;
const ASKED =
  /有没有(说|提|讲)过|是不是(说|提|讲)过|\bwas (i|it|that|this) (told|mentioned)\b|\bdid (they|you|anyone) (mention|tell)\b/;

/** A cost or condition nobody mentioned at the sale (see the file comment). */
export function isNotToldWhenSold(text: string): boolean {
  const lower = ruleText(text);
  if (ASKED.test(lower)) return false;
  return (WHEN_SOLD_ZH.test(lower) && NOT_MENTIONED_ZH.test(lower)) || NOT_MENTIONED_EN.test(lower);
}
