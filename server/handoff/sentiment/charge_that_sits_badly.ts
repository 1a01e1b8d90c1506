/**
 * A charge the bank took, with the customer saying mildly that it sits badly with them: "小额账户管理费一直在扣，好几年
 * 加起来一百多了，心里挺不舒服的", "扣了我三年年费，说实话心里不是滋味", "You've been taking a small account fee for
 * years, it adds up. Honestly it doesn't sit right with me". The model reads the plain words as a question about the
 * fee; the displeasure said of the charge taken is the grievance, however quietly put.
 *
 * Not a fee asked about ahead ("如果扣年费我会不舒服", "if there's a fee would…"), nor feeling unwell (身体不舒服), nor
 * displeasure at something other than the charge with no charge taken in the message.
 */
import { ruleText } from '../rule_text.ts';

/** The charge taken from the customer. */
const TAKEN =
  /(扣|收|划)(了)?(我|一笔|好几|几)|被(扣|收|划)|扣了|收了|一直(在)?(扣|收)|\b(charg(ing|ed) me|charged|took|taken|taking|deduct(ed|ing)|billed me)\b/;

/** A fee or a charge of the bank's kind. */
const CHARGE = /费|小额|\b(fees?|charges?|interest|penalty|penalties)\b/;

/** The displeasure, said mildly. */
const SITS_BADLY =
  /心里(面)?(挺|有点|有些|很|真|真的|还是|多少|特别|确实)?(不舒服|不是滋味|不痛快|不爽|膈应|堵得慌|不平衡)|(挺|有点|有些|真)膈应|\b(doesn'?t|does not|didn'?t|did not) sit (right|well) with me\b|\bleaves? (me with )?a (bad|sour|nasty) taste\b|\brubs me (up )?the wrong way\b|\b(not|less than) (very |too |exactly |entirely )?(happy|thrilled|pleased) about (it|this|that)\b/;

/** Asked ahead: "if", "would", 如果, 会不会. */
const AHEAD =
  /如果|假如|要是|万一|会不会|是否会|\b(would there be|if there'?s|if there is|will there be|if you)\b/;

/** A charge taken and the displeasure said of it (see the file comment). */
export function isChargeThatSitsBadly(text: string): boolean {
  const lower = ruleText(text);
  return TAKEN.test(lower) && CHARGE.test(lower) && SITS_BADLY.test(lower) && !AHEAD.test(lower);
}
