/**
 * The court fee of a case the customer (or their family) brings themselves, paid at the court itself: "我爸跟邻居打
 * 官司，是他自己起诉的，要交诉讼费，法院立案窗口能刷卡不", "I'm filing a small claim against my builder myself, can I pay
 * the court fee by card at the county court counter?". The advance-fee cue hears 诉讼费 / "court fee" with someone in the
 * story (他, the court), as in the scam where a caller says the customer is being sued and must pay a fee into an
 * account. Here the customer sues, and pays the court in person or on the court's own site.
 *
 * Not when the customer is the one sued, anyone phoned, texted or wrote, or the fee goes to an account, a person, a
 * link or a QR code: the advance-fee rules read those as before.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

/** The customer or their family brings the case themselves. */
const OWN_CASE = re(
  String.raw`(自己|我|我们|我爸|我妈|我家|家里|他自己|她自己)${IN_CLAUSE}{0,8}(起诉|打官司|告(了|他|她|对方)|立案|申请仲裁)|\b(i'?m|i am|we'?re|we are|my (dad|mum|mom|father|mother)( is)?|(he|she)'?s|(he|she) is) (filing|bringing|making|starting|taking out) (a|my|our|his|her) (small |money )?(claims?|case|lawsuit|action)\b|\b(i'?m|i am|we'?re|we are) suing\b|\bmy own (small )?(claims?|case|lawsuit)\b`,
);

/** Paid at the court itself: its filing window or counter, in person, or on its own website. */
const AT_THE_COURT = re(
  String.raw`法院${IN_CLAUSE}{0,4}(立案)?(窗口|大厅|柜台|诉讼服务中心|收费处|现场)|立案(庭|窗口|大厅)|在法院(交|缴|刷|付)|\bat the (county |magistrates'? |small claims? )?court('?s)? (counter|desk|office|cashier|window|in person)\b|\b(in person )?at the court\b|\bcourt'?s own (website|site|portal)\b|\bmoney claim online\b`,
);

/** Signs of the scam: the customer sued, someone calling or writing, an account, a person or a link paid. */
const SCHEME_SIGNS = re(
  String.raw`被(人)?(起诉|告)|传票|通缉|冻结|洗钱|电话|来电|短信|微信|链接|二维码|账户|账号|卡号|个人|对方说|有人|客服|\b(sued|being sued|summons|warrant|arrest|frozen|called|rang|phoned|texted|emailed|message|link|qr|account number|sort code|personal account|gift cards?|someone|somebody)\b`,
);

export const OWN_COURT_FEE_CUES = {
  /** The court fee of the customer's own case, paid at the court itself, no sign of the scam. */
  ownCourtFeeAtTheCourt: {
    test: (lower: string): boolean =>
      OWN_CASE.test(lower) && AT_THE_COURT.test(lower) && !SCHEME_SIGNS.test(lower),
  },
} as const;
