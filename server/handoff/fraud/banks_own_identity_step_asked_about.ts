/**
 * The bank's own face or identity step, met at the branch or in the customer's own payment, asked about: "网点让我去补
 * 录一下人脸，说是账户安全升级，需要提前预约吗", "今天转账突然说要刷脸验证才能继续，是不是新规定", "the app wants a selfie
 * check before my transfer goes through, is that new?", "the branch asked me to come in and update my ID photo, do I
 * need an appointment?". The scam asks for the same face scan or "security upgrade" on a call, in a message or through
 * a link; here the branch or the bank's own app asked, and the customer asks whether it is normal or how to go about it.
 *
 * Not when anyone phoned, texted or messaged about it, a link, a QR code, a video call, a shared screen, a code or a
 * password is in it, money is to be moved to another account, or the customer was told they are under
 * investigation: the impersonation rules read those as before.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** A face or identity step of the bank's own, at the branch or in the customer's own transfer or login. */
const OWN_IDENTITY_STEP = re(
  [
    String.raw`(网点|柜台|支行|营业厅|银行)${C}{0,10}(补录|重新录|更新|采集|登记)${C}{0,4}(人脸|面部|身份证|证件|照片|信息)|(转账|付款|支付|登录|登陆|取款)${C}{0,12}(刷脸|人脸(识别|验证)|面部(识别|验证))`,
    String.raw`\b(branch|teller|counter)\b[^.?!]{0,40}\b(update|re-?take|re-?capture|re-?register|record)\b[^.?!]{0,20}\b(my )?(face|photo|selfie|id|identity|biometrics?)\b|\b(transfer|payment|login|log ?in|withdrawal)\b[^.?!]{0,40}\b(selfie|face (check|scan|verification|id check)|facial (check|verification|recognition))\b`,
  ].join('|'),
);

/** Asked whether it is normal, a new rule, or how to go about it. */
const ASKED_ABOUT = re(
  String.raw`(正常|规定|新规)(吗|吧|么)|是不是${C}{0,6}(规定|新规|正常|升级)|(需要|要)(提前)?预约(吗|么)?|(要|需要)(带|准备)(什么|啥|哪些)|怎么(弄|办|操作)|\b(is (that|this|it) (normal|new|a new rule|standard|required|legit)|do i need (an )?appointment|what do i (need to )?bring|how do i (do|go about) (it|this|that))\b`,
);

/** The scam's signs: someone reaching out, a link or a code, money moved elsewhere, an investigation. */
const SCHEME_SIGNS = re(
  String.raw`电话|来电|短信|微信|qq|链接|二维码|扫码|视频|共享屏幕|屏幕共享|验证码|密码|客服|安全账户|转到|涉嫌|洗钱|冻结|有人|对方|\b(called|rang|phoned|phone call|caller|texted|text message|sms|whatsapp|telegram|email(ed)?|link|qr|video call|screen|code|otp|pin|password|safe account|investigation|frozen|someone|somebody)\b`,
);

/** Whether a lower-cased message asks about the bank's own face or identity step (see the file comment). */
export function isBanksOwnIdentityStepAskedAbout(lower: string): boolean {
  return OWN_IDENTITY_STEP.test(lower) && ASKED_ABOUT.test(lower) && !SCHEME_SIGNS.test(lower);
}
