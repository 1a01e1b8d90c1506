/**
 * Cash paid for a second-hand item only when the customer sees it: "Bought a piano off Gumtree, the seller's delivering
 * it tomorrow and I'll pay cash when I see it. Need $1,500 out", "闲鱼上买了个二手冰箱，卖家明天送上门，看到货再给现金，
 * 取三千要预约吗". The marketplace scams take the money before anything is seen (a deposit, a "delivery fee", paying
 * outside the platform); paying on sight, in person, leaves nothing to take. The payee will be in the room
 * (`payeePresent` in `fraud_detector.ts`), and the model's fraud alarm stands only when it is sure.
 *
 * Not when anything is paid before the item is seen (a deposit, a holding fee, a courier's or delivery charge), or a
 * link, a code or a transfer to the seller comes first.
 */

/** Paid on seeing the item, in cash or in person. */
const ON_SIGHT =
  /(看到|见到|看了|验了|验完|见了)(货|东西|实物)?(再|才|之后|以后|后)(给|付|交)(现金|钱|款)|(当面|见面)(给|付|交)(现金|钱)|\b(pay|paying|hand over|give (him|her|them))( (him|her|them))?( the)? (cash|money)( in person)? (when|once|after) (i|we) (see|have seen|check|inspect|look at) (it|them|the \w+)\b|\bcash (on|upon) (delivery|collection|pickup|pick-up)\b/;

/** Something paid first, a link or a code: the scam's shape. */
const PAID_FIRST =
  /定金|订金|押金|先(付|转|交|打)|运费|快递费|保证金|链接|验证码|\b(deposit|holding fee|delivery (fee|charge)|courier (fee|charge)|upfront|in advance|first|link|code|otp|bank transfer)\b/;

/** Whether a lower-cased message pays for an item in cash on seeing it (see the file comment). */
export function isCashPaidOnSeeingTheItem(lower: string): boolean {
  return ON_SIGHT.test(lower) && !PAID_FIRST.test(lower);
}
