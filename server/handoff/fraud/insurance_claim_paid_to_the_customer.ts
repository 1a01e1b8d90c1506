/**
 * The customer's own insurance claim, settled, the insurer asking where to pay it: "车险理赔，平安那边定损完了说赔4600，问我
 * 要收款账户，给一类卡卡号就行吧？", "My home insurer has agreed the claim for the leak and asked for my account details to
 * pay the settlement. Is the sort code and account number enough?". The model hears a scam in an insurer, a payout
 * and an account number asked for (fake insurers and "compensation" calls); here the customer made the claim, it was
 * assessed, and only the receiving details are given, so it counts as money paid by someone the customer deals with
 * under an agreement (`fraud_detector.ts`, `paidBySomeoneDealtWith`).
 *
 * Not when a fee, a deposit, a code, a password, a link, an app, a screen or a "customer service" call comes in, the
 * insurer pays too much and wants some back, or money goes out first: the rules and the model read those as before.
 */

/** The customer's own claim, assessed or agreed, to be paid. */
const OWN_CLAIM =
  /(车险|保险|理赔)[^。！？]{0,16}(定损|理赔|赔付|核赔|赔(我|给我|款)?\d|赔(我|给我)|结案)|\b(my|our) (\w+ )?(insurer|insurance( company)?)\b[^.?!]{0,60}\b(agreed|approved|accepted|settled|assessed|paying out|pay out|pay the (claim|settlement))\b|\b(claim|settlement|payout)\b[^.?!]{0,40}\b(agreed|approved|accepted|settled|assessed)\b/u;

/** Only the receiving details asked for. */
const RECEIVING_DETAILS =
  /收款(账户|账号|卡号|卡)|(卡号|账号|账户|户名|开户行)[^。！？]{0,6}(就行|可以|给|报)|\b(account details|bank details|account number|sort code|where to (pay|send)|which account)\b/u;

/** Signs of a fake insurer or a compensation scam. */
const SCHEME_SIGNS =
  /手续费|保证金|押金|解冻|激活|验证码|密码|链接|二维码|下载|屏幕|共享|客服|陌生|退(回|还)|多(赔|付|转)了|先(交|付|转)|贷款|征信|\b(fee|deposit|(?<!sort )code|otp|pin|password|link|qr|download|install|app|screen|anydesk|teamviewer|customer service|overpaid|send (some|it|the difference) back|pay (first|upfront)|loan|unfreeze|unlock|gift cards?|crypto)\b/u;

/** Whether a lower-cased message gives the receiving details for the customer's own insurance claim. */
export function isInsuranceClaimPaidToTheCustomer(lower: string): boolean {
  return OWN_CLAIM.test(lower) && RECEIVING_DETAILS.test(lower) && !SCHEME_SIGNS.test(lower);
}
