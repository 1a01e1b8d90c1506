/**
 * A refund from a shop, an airline, a hotel site or a booking platform for the customer's own cancelled or
 * returned purchase, asked after on the bank's side: "Refund from the airline for my cancelled flight, they said
 * 7-10 days, nothing yet", "网上退货了，商家说三到五个工作日退回原卡，今天第四天，是不是卡住了". The model hears a refund
 * scam in "refund" and "they said"; the customer is the one paid back by the merchant they bought from, and asks only
 * when it will arrive or where it will land.
 *
 * Not when anyone called, texted or sent a link about it, when a code, a fee, an app, a loan or a screen is asked
 * for, when the refund is more than was paid or to be sent back, or when the customer never asked for one: those are
 * a refund scam's steps and stay with the fraud rules and the model.
 */

/** The customer's own purchase cancelled or returned, a refund from the merchant. */
const OWN_PURCHASE_REFUND =
  /(取消|退货|退了|退订|退票|退房|申请了?退款)[^。！？]{0,30}(退款|退回|退到|退钱|原路|到账)|(商家|航空公司|酒店|平台|店家|卖家|淘宝|京东|拼多多|美团|携程)[^。！？]{0,12}(退款|退回|退到)|\brefund\w*\b[^.?!]{0,40}\b(for|on) (my|our|the) (cancell?ed|returned|refunded|unwanted|faulty|delayed)\b|\b(cancell?ed|returned)\b[^.?!]{0,40}\brefund\w*\b|\brefund\w* from (booking\.com|expedia|airbnb|amazon|ebay|the (airline|hotel|shop|store|retailer|merchant|seller|venue|theatre|site))\b/u;

/** Asked after as money arriving: when, how long, where to, stuck or not. */
const ARRIVAL_ASKED =
  /多久|几天|什么时候|啥时候|到账|没到|还没|卡住|退到哪|退到(信用卡|储蓄卡|原卡)|(工作日|天)[^。！？]{0,10}(了|还)|\b(working days|business days|how long|when (will|does|should)|not (in|arrived|showing)|hasn'?t (arrived|come|landed|shown)|stuck|pending|yet|been \d+)\b/u;

/** Someone reached the customer about it, something is asked of them, or money is to go back out. */
const REFUND_SCAM_SIGNS =
  /来电|打电话|电话(里|说)|短信|链接|验证码|密码|下载|共享屏幕|屏幕共享|贷款|借呗|备用金|保证金|手续费|多退|退多了|转回|退回去给|没(有)?申请|\b(called|rang|phoned|texted|text|sms|link|code|otp|pin|password|install|anydesk|teamviewer|screen|loan|fee|overpaid|too much|send (it|some|the difference) back|pay (it )?back|never (asked|requested|applied))\b/u;

/** Whether a lower-cased message asks after a refund of the customer's own purchase (see the file comment). */
export function isMerchantRefundAwaited(lower: string): boolean {
  return OWN_PURCHASE_REFUND.test(lower) && ARRIVAL_ASKED.test(lower) && !REFUND_SCAM_SIGNS.test(lower);
}
