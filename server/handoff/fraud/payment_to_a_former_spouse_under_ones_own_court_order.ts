/**
 * The customer's own divorce, and the court order in it telling them to pay the former spouse: "Divorce finalised. The
 * court order says I must transfer half our savings to my ex-husband, £23,500. Can I do that online?", "离婚判决下来了，
 * 判决书上写我要给前妻转十五万，手机银行能一次转吗". The court and "must transfer" are the words of the "court" that
 * phones its victim; here the order is the customer's own, from their own case, and the payee is the person they were
 * married to. A matter settled, asked about for the transfer (`settled` in `fraud_detector.ts`).
 *
 * Not when anyone phoned, texted or messaged about it, the money goes to a "safe" or a court "supervision" account, a
 * lawyer or an officer the customer never met, a code or a link is in it, or they are threatened with arrest or a
 * frozen account: the scam's court reaches its victim, and is read as before.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** The customer's own divorce or separation. */
const OWN_DIVORCE = /离婚|\b(divorce|separation|decree absolute|final order)\b/;

/** The order of the court in it. */
const COURT_ORDER = re(
  String.raw`判决书|调解书|离婚协议书|法院(判|的判决|调解)|判决(下来|生效)|\b(court order|consent order|financial order|the order|judg(e)?ment|decree|the judge)\b`,
);

/** Paid to the former spouse. */
const TO_FORMER_SPOUSE = re(
  String.raw`(给|转给|付给|打给|转到)${C}{0,4}(前夫|前妻|前任|对方)|\b(to|for) (my |our )?(ex-husband|ex-wife|ex|former (husband|wife|partner|spouse))\b`,
);

/** The scam's signs: a call, a message, a "safe" account, a code, an officer, a threat. */
const SCHEME_SIGNS = re(
  String.raw`电话|来电|短信|微信|qq|视频|链接|安全账户|监管账户|验证码|密码|共享屏幕|冻结|洗钱|通缉|逮捕|警察|公安|检察|有人|客服|\b(called|calls|rang|phoned|phone call|caller|texted|text message|sms|whatsapp|telegram|video call|emailed|link|safe account|holding account|code|otp|pin|password|screen|arrest\w*|warrant|frozen|freeze|launder\w*|police|officer|gift cards?|crypto|bitcoin|someone|somebody)\b`,
);

/** Whether a lower-cased message pays the former spouse under the customer's own divorce order. */
export function isPaymentToAFormerSpouseUnderOnesOwnCourtOrder(lower: string): boolean {
  return (
    OWN_DIVORCE.test(lower) &&
    COURT_ORDER.test(lower) &&
    TO_FORMER_SPOUSE.test(lower) &&
    !SCHEME_SIGNS.test(lower)
  );
}
