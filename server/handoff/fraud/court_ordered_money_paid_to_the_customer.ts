/**
 * Money a court ordered paid to the customer (compensation, a debt, damages), paid through the court, and the
 * customer asks which receiving details to give: "the court ordered the guy to pay me compensation through the court,
 * which account details do I give the court office?", "法院判对方还我5万块，执行法官说钱会先到法院账户再转给我，我需要给
 * 法院提供哪个账号？". The court pays out; the customer only receives. A scam's "court" wants a bond, a fee or a fine
 * paid first, so the court and the case are no impersonated authority here: a question for the assistant (`settled`).
 *
 * Not when anything is to be paid first (a fee, a deposit, a bond, a fine, tax), a code, a PIN, card details, a link or
 * an app is asked for, or the "court" reaches the customer by a call, a video or a message app.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** A court's order or judgment that someone pay the customer. */
const COURT_ORDERED_TO_ME = re(
  [
    String.raw`(法院|法官|仲裁)${C}{0,12}判${C}{0,8}(还|赔|付|给|退)(我|给我)|判(决)?(对方|他|她|被告)${C}{0,6}(还|赔|付|给|退)(我|给我)|(执行款|赔偿款|判决款)${C}{0,10}(给我|到我|打给我|转给我)`,
    String.raw`\b(court|judge|tribunal)\b[^.?!]{0,40}\b(ordered|awarded|order(s|ing)?|judgment (for|against))\b[^.?!]{0,40}\b(pay (me|us)|to (me|us)|compensation|damages|restitution|repay (me|us))\b|\b(awarded|owed) (me|us)\b[^.?!]{0,30}\b(court|judgment|tribunal)\b`,
  ].join('|'),
);

/** The customer's receiving details asked about. */
const RECEIVING = re(
  String.raw`账号|账户|卡号|户名|开户行|收款|\b(account (details|number)|bank details|sort code|iban|which account|my account|receive|paid (in|into))\b`,
);

/** Anything to be paid first, a code or card details, a link or an app, or the "court" on a call or a message app. */
const SCHEME_SIGNS = re(
  String.raw`保证金|手续费|执行费|解冻|先(交|付|转|缴)|(交|缴|付)${C}{0,4}(费|税|罚款|押金)|验证码|密码|链接|下载|安装|视频|微信|qq|短信|电话(里|上)?(说|通知)|打电话|来电|\b(fee|fees|deposit|bond|fine|tax|bail|pay (a|the|first|upfront)|code|otp|pin|password|card (number|details)|cvv|link|app|download|install|video|whatsapp|telegram|text(ed)?|called me|rang me|phoned me|on the phone|caller)\b`,
);

/** Whether a lower-cased message asks how to receive money a court ordered paid to the customer. */
export function isCourtOrderedMoneyPaidToTheCustomer(lower: string): boolean {
  return COURT_ORDERED_TO_ME.test(lower) && RECEIVING.test(lower) && !SCHEME_SIGNS.test(lower);
}
