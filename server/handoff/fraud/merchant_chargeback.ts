/**
 * A merchant's chargeback: a cardholder disputes a payment made at the customer's own shop or stall, and the
 * customer asks what to send or how it works ("有个顾客在我们店刷了2800，现在说不是他刷的，我收到拒付通知了，要准备啥材料",
 * "a diner says he never made the payment and I've got a chargeback for £640, how do I fight it?"). The handoff
 * model learned "说不是他刷的" and "refund" from card-fraud victims and refund scams; here the customer is the
 * merchant and nobody asks them for money, a code or a refund elsewhere, so the model's fraud alarm stands only
 * when it is very sure (`../handoff_policy.ts`).
 *
 * Not when someone asks the customer to refund or pay to another account, to pay a fee, or for a code, a password
 * or a link, or sends a screenshot of a payment: those are the shapes of overpayment and refund scams.
 */

/** A chargeback or a dispute of a card payment, by the cardholder. */
const CHARGEBACK =
  /拒付|调单|退单通知|争议交易|(说|称|非说|硬说)(不是|没)(他|她)(本人)?(刷|付|消费|买)|(不认|否认)(这笔|那笔)?(消费|交易|账)|\bcharge ?backs?\b|\b(disputed?|disputing) (the |a |his |her |their )?(payment|charge|transaction|sale)\b|\b(says|said|claims|claimed) (he|she|they) (never|didn'?t|did not) (make|made|authori[sz]e|order|pay|buy)\b/;

/** The customer is the merchant: a shop, a stall, a card machine, a customer of theirs. */
const MERCHANT =
  /我们店|我店|店里|店铺|我的店|摊|商户|收款码|pos|刷卡机|顾客|客人|买家|食客|\b(my|our) (shop|store|stall|restaurant|caf[eé]|salon|business|bar|pub|takeaway|terminal|card machine|card reader)\b|\b(customer|diner|buyer|client|guest)s?\b|\bmerchant\b/;

/** Someone asking for money elsewhere, a fee, a code, a password or a link, or a screenshot of a payment. */
const ASKED_FOR_MORE =
  /验证码|密码|链接|保证金|手续费|押金|截图|多转|转错|退到|退给(他|她)(的)?(朋友|家人|另)|另一个(账户|卡|账号)|让我(转|付|交|打|退)|要我(转|付|交|打|退)|自称|冒充|\b(otp|code|password|pin|link|screenshot|overpaid|overpayment|another account|different account|(his|her|their) (friend|cousin|sister|brother|mum|mother|dad)'?s (account|card)|fee|gift cards?|pretending|claiming to be)\b/;

/** Whether a lower-cased message is the customer's own chargeback as a merchant, with nothing asked of them. */
export function isMerchantChargeback(lower: string): boolean {
  return CHARGEBACK.test(lower) && MERCHANT.test(lower) && !ASKED_FOR_MORE.test(lower);
}
