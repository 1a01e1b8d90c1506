/**
 * Damages paid to the customer by whoever caused them, settled face to face or by the traffic police: "交通事故交警调解
 * 完了，对方赔我两千，说转我卡上，他要卡号还是手机号", "楼上漏水泡了我家墙，楼上说赔我3000，要我卡号，给卡号和名字就行吧", "the
 * driver who dented my car is paying for the repair, he asked for my sort code and account number". The model hears
 * a scam in "对方…要我卡号" (0.6 to 0.7); here the customer is the one paid, and gives only what a payer needs. It
 * counts as money paid by someone dealt with (`own_thing_sold_to_someone_met.ts`), and the model's alarm stands
 * only when it is all but certain (`../handoff_policy.ts`).
 *
 * Not when an insurer, a courier, an airline or a "customer service" calls to pay a claim (the refund scam's
 * opening), or anything beyond the receiving details is asked: a code, a password, a link, an app, a fee, a
 * screenshot of money "already sent", money to send back.
 */

/** Damage done to the customer or their things: a road accident, a leak, something broken. */
const DAMAGE =
  /交通事故|车祸|追尾|剐蹭|刮蹭|撞了我|把我(的)?车|漏水|渗水|泡了|淹了|弄坏|摔坏|砸坏|损坏|\b(accident|crash(ed)?|rear-?ended|dented|scratched my car|hit my (car|van|bike)|bumped (into )?my|leak(ed|ing)?|flooded|water damage|broke my|damaged my)\b/u;

/** The one who did it pays the customer. */
const PAYS_THE_CUSTOMER =
  /赔(偿)?(给)?我|给我赔|转(到)?我(的)?(卡|账户)?|打(到)?我(的)?卡|\b(pay(ing)?|compensat\w*|reimburs\w*|cover(ing)?) (me|for the (repairs?|damage|ceiling|bumper))\b|\bpaying for the (repairs?|damage)\b/u;

/** The customer asks what to give or when it arrives. */
const ASKS =
  /卡号|账号|手机号|户名|名字|开户行|到账|多久|\b(account number|sort code|ifsc|bsb|which details|what details|how long|arrive|land)\b/u;

/** A claim paid by a caller, a link, a code, a fee, money "already sent" or to send back. */
const SCHEME_SIGNS =
  /保险|理赔|快递|物流|航班|机票|客服|电话|来电|短信|链接|二维码|扫码|验证码|密码|下载|app|软件|屏幕|共享|截图|已(经)?(转|付|打)|多(转|付|打)了|退(还|回|给)|手续费|保证金|解冻|冻结|\b(insur\w*|claim|courier|airline|calls?|called|texted|message|link|qr|code|otp|pin|password|app|download|screen|screenshot|already (sent|paid|transferred)|overpa\w*|send (it )?back|refund|fee)\b/u;

/** Whether a lower-cased message tells of damages paid to the customer, only the receiving details asked. */
export function isDamagesPaidToTheCustomer(lower: string): boolean {
  return DAMAGE.test(lower) && PAYS_THE_CUSTOMER.test(lower) && ASKS.test(lower) && !SCHEME_SIGNS.test(lower);
}
