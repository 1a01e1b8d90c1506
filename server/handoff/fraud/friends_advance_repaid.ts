/**
 * A friend or a relative advanced money for the customer and the customer now pays it back: "我在泰国旅游，朋友帮我垫付
 * 了酒店钱，要还他人民币，我在国外手机银行能用吗", "同事帮我垫了饭钱，转还给他". The advance-fee cue reads 垫付 as a
 * scam's advance (刷单 "先垫付"); here the advance is done, by someone the customer knows, and the customer repays it.
 * The mirror of the customer's own advance repaid to them (`money_coming_in.ts`).
 *
 * Not when the one who "advanced" is met online or on a platform, or the advance is a fee, a deposit, a task or
 * anything to unlock: the scams that tell of a helper who "垫付了保证金".
 */

/** Someone the customer knows advanced money for them. */
const ADVANCED_FOR_THE_CUSTOMER =
  /(朋友|同事|同学|室友|家人|亲戚|老公|老婆|爸|妈|哥|姐|弟|妹|舅|姨|叔)[^，。！？,.!?]{0,4}(帮|替|给)我[^，。！？,.!?]{0,4}垫(付)?了/u;

/** The customer pays it back. */
const REPAYS = /(要|想|得|准备|打算)?还(给)?(他|她|人家)|还(他|她)(钱|人民币)?|转还/u;

/** Someone met online, a platform, or a scheme's fee. */
const SCHEME_SIGNS =
  /网友|网上|网恋|认识不久|没见过|平台|客服|导师|老师|群|任务|刷单|返利|佣金|保证金|手续费|解冻|激活|会员|充值|税|验证码|链接|二维码|贷款|额度/u;

/**
 * The message with the friend's advance told as a plain payment ("朋友帮我垫付了酒店钱" -> "朋友帮我付了酒店钱"), so that the
 * advance-fee cue does not read 垫付; left whole with any sign of a scheme.
 */
export function withoutFriendsAdvanceRepaid(lower: string): string {
  if (!ADVANCED_FOR_THE_CUSTOMER.test(lower) || !REPAYS.test(lower) || SCHEME_SIGNS.test(lower)) return lower;
  return lower.replace(/垫(付)?了/gu, '付了');
}
