/**
 * A payment a court itself asks for, paid through the court's own channel: a fine in a court's letter paid on the
 * government's site ("a letter from the magistrates' court about a fine, it says to pay on gov.uk"), bail paid with the
 * official slip the court cashier gave ("the court cashier gave me an official payment slip"), the deposit of a court
 * auction shown on the court's own auction platform ("法院司法拍卖平台上写的是法院的监管账户，保证金要提前多久交"), the fee
 * of the customer's own case on the court's payment notice or website ("法院的缴费通知书上有诉讼费的收款账户", "the court
 * website says I can pay the £205 fee by bank transfer"). The
 * court and its account are no impersonated authority here: the customer went to the court, or reads its letter and its
 * official site, and asks how to pay (`settled`).
 *
 * Not when anyone phoned, texted, messaged or video-called about it, the money goes to a person, a "safe" account or a
 * link sent to the customer, a code, a password or the screen is asked for, or the customer is threatened with arrest,
 * a frozen account or money laundering: the scam's "court" reaches its victim and pushes, and is read as before.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** A fine, bail, an auction deposit or the court fee of the customer's own case ("诉讼费", "the court fee is £205"). */
const COURT_PAYMENT = re(
  [
    String.raw`(司法拍卖|法拍|法院拍卖)${C}{0,24}(保证金|竞买|竞拍|尾款)|(法院|法庭)${C}{0,12}(罚款|罚金|保释金|取保候审保证金|拍卖|诉讼费|案件受理费|受理费)|取保候审保证金`,
    String.raw`\bbail\b[^.?!]{0,80}\b(courts?|judiciary|magistrates?)\b|\b(courts?|judiciary|magistrates'?)\b[^.?!]{0,60}\b(fine|penalty|bail|auction|fee|filing fee|issue fee|hearing fee)\b|\b(fine|penalty)\b[^.?!]{0,60}\bgov\.uk\b`,
  ].join('|'),
);

/** The court's own channel: its cashier and official slip, the government's site, its auction platform. */
const COURTS_OWN_CHANNEL = re(
  [
    String.raw`司法拍卖(网|平台)|法拍(网|平台)|诉讼资产网|(淘宝|阿里|京东)(司法)?拍卖|平台上(写|显示|公示)|法院(的)?(监管|专用|对公|指定)?账户|法院${C}{0,4}(收费处|收费窗口|缴费窗口|财务(室|窗口)?|立案窗口)|缴(款|费)(通知)?书|法院${C}{0,4}(缴费|交费)通知`,
    String.raw`\bgov\.uk\b|\bcourt cashier\b|\bofficial (payment )?(slip|receipt|invoice|portal|website|site)\b|\bjudiciary'?s (account|paybill|portal)\b|\bcourt'?s own (website|site|portal|account)\b|\b(the )?court('?s)? (website|site|portal)\b|\bat the court('?s)? (counter|desk|cashier|registry|office)\b`,
  ].join('|'),
);

/** The scam's signs: a call, a message, a person or a "safe" account, a code, a threat. */
const SCHEME_SIGNS = re(
  String.raw`电话|来电|短信|微信|qq|视频|链接|私人|个人账户|个人账号|安全账户|验证码|密码|共享屏幕|屏幕共享|冻结|洗钱|通缉|逮捕|传票|有人|对方|客服|\b(called|calls|rang|phoned|phone call|on the phone|caller|texted|text message|sms|whatsapp|telegram|video call|emailed|link|personal account|safe account|code|otp|pin|password|screen|arrest\w*|warrant|frozen|freeze|launder\w*|gift cards?|crypto|bitcoin|someone|somebody)\b`,
);

/** Whether a lower-cased message asks how to pay a court's own fine, bail or auction deposit through its own channel. */
export function isCourtPaymentThroughTheCourtsOwnChannel(lower: string): boolean {
  return COURT_PAYMENT.test(lower) && COURTS_OWN_CHANNEL.test(lower) && !SCHEME_SIGNS.test(lower);
}
