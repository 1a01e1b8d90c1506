/**
 * A refund the customer is owed by someone they pay under an agreement (a landlord or the letting agent, a school,
 * a gym, a utility), who asks for the customer's receiving details to pay it back: "the letting agency is returning
 * my deposit and wants my account number and sort code, fine to send?", "房东要退我多交的两个月房租，让我把卡号和户名
 * 发给他，这样安全吗". The classifier and the model hear the refund scams in "refund", "agent" and details asked for
 * (0.9 and over); here the customer is the one paid back, by a payee they already deal with, and gives only what a
 * payer needs. It counts as money coming in to the customer (`money_coming_in.ts`), and the model's alarm stands only
 * when it is all but certain (`../handoff_policy.ts`).
 *
 * Not when anything beyond the receiving details is asked for (a card number, a CVV, a PIN, a code, a login, screen
 * sharing, an app), money goes out first (a fee, a "verification" payment, the difference sent back), a link or a
 * QR code is sent, or the refund comes from a caller, a courier, a shop's "customer service" or a platform.
 */

/** A payee the customer deals with under an agreement: a landlord, a letting agent, a school, a utility. */
const PROVIDER =
  /房东|中介|物业|学校|幼儿园|健身房|游泳馆|瑜伽馆|舞蹈室|美容院|理发店|俱乐部|早教|驾校|装修公司|培训机构|\b(landlord|landlady|letting (agent|agency)|lettings|estate agent|managing agent|property manag\w+|block manag\w+|school|nursery|gym|(swimming |yoga |dance )?(club|studio)|utility|energy (supplier|company)|water company|council|insurer)('?s)?\b/u;

/** What the customer is owed back: a deposit, overpaid rent or charges, a fee returned. */
const REFUND_OWED =
  /退(我|给我|还我|回)?[^，。！？]{0,6}(押金|房租|多交|多缴|多收|物业费|学费|会费|定金|费用|卡费|课时费|会员费|剩(下|余)的)|\b(refund|return|repay|pay back|give back)\w*\b[^.?!]{0,30}\b(my|our|the) (overpaid |over-?paid |excess )?(deposit|bond|rent|service charge|fees?|charges?|overpayment|credit|balance)\b/u;

/** Only the receiving details: account number, sort code, name, 卡号, 户名, 开户行. */
const RECEIVING_DETAILS =
  /卡号|账号|户名|开户行|\b(bank details|account details|account number|sort code|iban|bsb|routing number|ifsc)\b/u;

/** More than receiving details, money out first, a link or a code, a caller, a courier, a shop's service or a platform. */
const SCHEME_SIGNS =
  /验证码|密码|卡背|有效期|cvv|登录|共享屏幕|下载|安装|app|链接|二维码|扫码|手续费|保证金|先(交|付|转)|转回|退回给|差价|客服|快递|平台|电话(里|上)?说|\b(card number|long number|cvv|cvc|expiry|pin|passcode|password|code|otp|log ?in|online banking|screen|install|download|app|link|qr|fee|pay (a|the|first)|send (back|them|him|her)|the difference|called me|rang me|phoned me|caller|courier|customer service|platform|crypto|gift card)\b/u;

/** Whether a lower-cased message asks about giving receiving details to a landlord or a provider refunding it. */
export function isRefundOwedByOnesLandlordOrProvider(lower: string): boolean {
  return (
    PROVIDER.test(lower) &&
    REFUND_OWED.test(lower) &&
    RECEIVING_DETAILS.test(lower) &&
    !SCHEME_SIGNS.test(lower)
  );
}

/**
 * As a cue: the provider's refund of what the customer has left ("退我剩下的卡费") is no overpayment to send back
 * (`red_flags.ts`, `overpaid`).
 */
export const REFUND_OWED_CUES = {
  refundOwedByOnesProvider: { test: isRefundOwedByOnesLandlordOrProvider },
} as const;
