/**
 * A supplier the business has dealt with for years, pressing for payment to the account it has always used:
 * "供应商电话里催我今天必须付 不然停货 合作八年了 还是转他们公户 几点能到", "our supplier of 6 years is chasing, pay
 * today or no stock, sending it to their usual account, will it land before 5?". Being chased for an invoice is a
 * small business's everyday; the handoff model learned pressure and "today" from scam stories. The scams of this
 * shape change the account (a new or a personal one, an "audit", a new supplier) or come from someone else (the
 * boss on a new number); here the payee is the long-known supplier and the account is theirs as always, so the
 * model's fraud alarm stands only when it is very sure (`../handoff_policy.ts`).
 *
 * Not when the account is new, changed, personal or someone else's, the request comes by a new number, email or
 * chat app, or a code, a link, a fee or a deposit is asked for.
 */

/** Dealt with for years: 合作十年, 老供应商, "worked together 10 years", "been using them six years". */
const LONG_KNOWN =
  /合作(了)?(十|二十|[一二两三四五六七八九]|\d+|好几|很多|多|好多)(几)?年|老供应商|老合作(伙伴|方)|多年的?(供应商|合作)|\b(worked|been working|dealt) (together|with (him|her|them|this supplier)) (for )?(\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|many|several|a few) years\b|\b(been )?using them (for )?(\d+|two|three|four|five|six|seven|eight|nine|ten|many|several) years\b|\b(supplier|wholesaler|vendor) (of|for) (\d+|two|three|four|five|six|seven|eight|nine|ten|many) years\b/;

/** A supplier, a wholesaler or a vendor. */
const SUPPLIER = /供应商|供货商|批发商|厂家|货款|\b(supplier|wholesaler|vendor|distributor)\b/;

/** Their account as always: 他公户, 老账户, "his usual account", "the same account as always". */
const USUAL_ACCOUNT =
  /(他|她|他们|她们|对方)(的)?(公户|对公(账户|户))|对公转(他|她|他们)|老账户|原来的?账户|一直(用|付|转)的?(那个)?账户|平时(的|那个)?账户|\b(his|her|their|the) (usual|regular|normal|existing) (account|bank details|details)\b|\bsame (account|details|bank details) as (always|usual|before|ever)\b/;

/** A new, changed, personal or someone else's account, a new channel, a code, a link or a fee. */
const CHANGED_OR_ASKED =
  /新账户|新的账户|换了|变更|更换|改了|新卡|个人(卡|账户|账号|微信|支付宝)|私人|老板娘|财务个人|年检|审计|新号码|换号|微信上|邮件|验证码|密码|链接|二维码|保证金|手续费|\b(new|changed|updated|different|switched|personal|private|his own|her own|audit|email(ed)?|whatsapp|new number|code|otp|pin|link|qr|fee|deposit|gift cards?)\b/;

/** Whether a lower-cased message pays a long-known supplier's usual account, nothing changed or asked for. */
export function isLongStandingSupplier(lower: string): boolean {
  return (
    LONG_KNOWN.test(lower) &&
    SUPPLIER.test(lower) &&
    USUAL_ACCOUNT.test(lower) &&
    !CHANGED_OR_ASKED.test(lower)
  );
}
