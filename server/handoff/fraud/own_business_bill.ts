/**
 * The customer's own business paying its bill for goods received or against the payee's invoice: "开了个小饭馆，今天
 * 要结菜贩老李的货款3万8，他那边急着进货，有没有加急到账的办法", "会籍年费对方开专票，用公司账户转的话用途咋写", "my cafe has to
 * pay the bakery's invoice for this month's stock, can I do it from the business account today?". The model hears a
 * scam in a large sum and a payee in a hurry (0.6 to 0.75); here the bill is the customer's own trade. It counts as
 * a payee the customer already deals with (`known_payee.ts`): the model's alarm stands only when it is sure.
 *
 * Not when anyone else tells the customer to pay (a boss, a manager, a chat message, an email), the payee's
 * account changed, or a scheme's props are in it (a "safe" account, a code, a fee to unlock, a platform).
 */

/** The customer's own trade: a shop, a restaurant, a company account. */
const OWN_BUSINESS =
  /开了(个|家|间)|我(的|们)?(店|饭馆|餐馆|小吃店|超市|公司|厂|工作室)|(小)?饭馆|公司(的)?(账户|账号|户)|对公(账户|户|转)|\b(my|our) (shop|store|cafe|café|restaurant|bakery|salon|business|company|firm|workshop)\b|\b(business|company) account\b/u;

/** A bill of trade: goods received, the payee's invoice. */
const TRADE_BILL =
  /货款|进货款|专票|发票|增值税|\b(invoice|vat invoice|tax invoice|gst invoice|for (the|this month'?s|last month'?s) (stock|supplies|delivery|deliveries|order))\b/u;

/** Someone else ordering the payment, changed details, or a scheme's props. */
const SCHEME_SIGNS =
  /老板|领导|经理|总经理|财务总监|微信|qq|群|邮件|邮箱|短信|电话|换(了)?(账户|账号|卡)|改(了)?(账户|账号)|新(的)?(账户|账号|卡号)|变更|个人(账户|卡)|安全账户|验证码|密码|解冻|保证金|手续费|平台|投资|理财|警|法院|\b(boss|ceo|director|manager|email|e-mail|whatsapp|text(ed)?|message|changed|new (account|bank|details)|different account|updated (bank )?details|safe account|code|otp|pin|password|unlock|platform|invest\w*|crypto|police|court)\b/u;

/** Whether a lower-cased message is the customer's own business paying a trade bill, nobody else in it. */
export function isOwnBusinessBill(lower: string): boolean {
  return OWN_BUSINESS.test(lower) && TRADE_BILL.test(lower) && !SCHEME_SIGNS.test(lower);
}
