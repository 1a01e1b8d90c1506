/**
 * A letter from the tax office, the council or another public body received by post, asked about (check set dec49): "got
 * a paper letter from HMRC saying I owe £200, it'll come out of my tax code. The bank doesn't need to do anything, does
 * it?", "收到税务局寄来的纸质通知，说少缴了个税，会从工资里扣，跟银行没关系吧". A posted letter asking no payment to an
 * account, no link, no number to ring: the model's unsure fraud reading is set aside (`model_fraud_reading_set_aside.ts`),
 * only where no scheme is found.
 *
 * Not a text, an email or a call, a link, a number to ring, an account or card to pay into, a gift card, a deadline of
 * hours or a threat of arrest.
 */
import { re } from './cue_regex.ts';

/** A letter received by post. */
const LETTER_BY_POST = re(
  String.raw`\b(letter|notice|notification)\b[^.?!]{0,40}\b(in|by|through) the (post|mail)\b|\b(paper|posted|printed) (letter|notice)\b|\bthrough (my|the) (letterbox|letter box|door)\b|寄来(的)?(信|通知|信件|函)|纸质(的)?(信|通知|信件|函)|邮寄(的)?(信|通知|信件|函)`,
);

/** From a public body. */
const PUBLIC_BODY = re(
  String.raw`\b(hmrc|irs|dvla|dwp|council|tax office|revenue|ato|cra|iras|inland revenue|the court|pension service)\b|税务局|税务|社保局|社保中心|法院|车管所|街道办`,
);

/** "(not email)", "not by text": the other channels named only to be ruled out. */
const RULED_OUT = /\(?\bnot (by |an? |via )?(e-?mail|text|sms|a call|phone)\)?|不是(短信|邮件|电话)/gu;

/** What a scam letter or message asks: a link, a number, an account to pay, a deadline or a threat. */
const SCAM_ASK = re(
  String.raw`\b(link|click|qr|call (this|the|a) number|ring (this|the|a) number|text|sms|e-?mail|sort code|account (number|details)|pay (it |this )?(in)?to|bank transfer|transfer (it|the money)|gift ?cards?|bitcoin|crypto|within \d+ (hours|days)|today or|arrest\w*|bailiffs?|warrant|police)\b|链接|短信|邮件|扫码|二维码|转账|汇款|打到|转到|卡号|账号|拨打|回电|逮捕|拘留|冻结`,
);

/** Whether a lower-cased message asks about a public body's letter received by post (see above). */
export function isOfficialLetterByPostAskedAbout(lower: string): boolean {
  return (
    LETTER_BY_POST.test(lower) && PUBLIC_BODY.test(lower) && !SCAM_ASK.test(lower.replace(RULED_OUT, ' '))
  );
}
