/**
 * A calm report that a payment to a shop or a service failed and yet the account was debited: "paid the electricity
 * bill by UPI, it said failed but ₹860 is gone from my balance, can you reverse it", "美团下单付款显示失败，卡里却扣了
 * 58块，能退回来吗". The bank's own payment rails left the money in between (it usually comes back by itself, or a
 * reversal is raised); the handoff model hears a scam in "debited" and a sum, and the intent model a fraud report.
 * The customer reports a fault and asks for the money back, nobody else in it; as for a cash machine that gave out
 * too little (`cash_not_dispensed.ts`), the fraud report and an unsure fraud alarm stand down (`../handoff_policy.ts`).
 *
 * Not when anyone else is in it (a "customer care" number found online, a caller, an agent, a link, an app to
 * install, a code asked for: the refund scam starts just here), nor with a word of exasperation, "again", a count of
 * times, a complaint or a threat.
 */
import { soundsCalm } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';

/** A payment the customer made to a shop or a service: UPI, card, online, an order, a bill. */
const PAYMENT =
  /付款|支付|下单|缴费|交费|扫码付|刷卡|\b(upi|payment|paid|paying|purchase|order|bill|checkout|transaction|txn)\b/;

/** It failed, did not go through or showed an error. */
const FAILED =
  /失败|没成功|不成功|未成功|没(有)?(付|支付)成功|显示(错误|异常)|报错|\b(failed|failure|declined|did ?n'?t go through|didn'?t complete|not (successful|completed|complete)|unsuccessful|error|timed out)\b/;

/** Yet the money left the account. */
const DEBITED =
  /扣了|扣款|(钱|卡里|账户|余额)[^，。！？]{0,6}(却|还是|但|也)?(被)?扣|少了|\b(debited|deducted|taken|gone|charged|money (left|went out)|balance (went|is) (down|less))\b/;

/** Someone else, a scheme's props, exasperation, repetition, a complaint or a threat. */
const NOT_A_FAULT =
  /[!！]{2,}|[?？]{2,}|客服(说|让|要|电话)|有人|对方|电话|链接|二维码|验证码|密码|下载|安装|又|到底|离谱|垃圾|凭什么|投诉|骗|第[二三四五六七八九十\d]+次|\b(customer care|customer service|helpline|support (number|team|said|told)|called|rang|caller|someone|agent|link|app to|install|download|anydesk|screen|otp|code|pin|password|again|every time|times|ridiculous|useless|joke|complain(t)?|scam|fraud|sick of|fed up|angry|furious)\b/;

/** The words of such a report (lower-cased; no sentiment needed). */
export function isFailedPaymentDebitedText(lower: string): boolean {
  const text = lower.normalize('NFKC');
  return PAYMENT.test(text) && FAILED.test(text) && DEBITED.test(text) && !NOT_A_FAULT.test(text);
}

/** A calm report that a failed payment to a shop or a service was debited all the same (see the file comment). */
export function isCalmFailedPaymentDebited(text: string, sentiment: SentimentAnalysis): boolean {
  const lower = text.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'");
  return isFailedPaymentDebitedText(lower) && soundsCalm(sentiment);
}
