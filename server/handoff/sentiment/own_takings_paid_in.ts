/**
 * The customer's own shop's or business's takings paid into the bank: "now I drive 40 minutes to pay in the shop
 * takings", "每天关店后去存营业款", "banking the café's cash". The shop, the café or the stall is the customer's own and
 * the errand is the bank's: such a clause is no vent about a shop (`off_topic_clause.ts`), and an outburst after it
 * ("…to pay in the shop takings. Disgraceful.") is said of the bank.
 *
 * Not a shop's own service or charge ("the shop charged me twice"), which names no paying in.
 */

/** Paying in or banking the takings, the float or the day's cash; 存营业款, 交营业额. */
const PAID_IN =
  /\b(pay(ing)?|paid|bank(ing|ed)?|deposit(ing|ed)?|drop(ping)? off) (in )?(the |my |our )?([\w'-]+ )?(takings|float|day'?s cash|cash(ing)? up)\b|\btakings\b|(存|交|送)(当天的?|每天的?)?(营业款|营业额|货款现金)/;

/** Whether a lower-cased clause pays the customer's own takings into the bank (see the file comment). */
export function paysInOwnTakings(clause: string): boolean {
  return PAID_IN.test(clause);
}
