/**
 * The customer's own home purchase: its option fee, deposit or down payment to the seller, paid while the customer's
 * agent or lawyer sits with them: "paying the $1,000 option fee to the seller for the OTP on a resale HDB, our agent is
 * sitting with us. cheque or transfer better?", "二手房签合同，中介就在旁边，定金五万转给卖家用哪种方式好". The model hears
 * a scam in a seller, a fee and an agent (0.7); nobody in a scam story is in the room. Like a payee present
 * (`payee_present.ts`), the model's alarm then stands only when it is sure.
 *
 * Not when the agent or the seller is only on the phone or online, the account is a new or changed one, or a
 * scheme's props are in it.
 */

/** A home bought: the flat, the house, its option, its deposit. */
const HOME_PURCHASE =
  /二手房|买房|房子|购房|首付|过户|\b(hdb|condo|flat|house|property|apartment|home)\b[^.?!]{0,40}\b(option fee|option to purchase|exercise fee|deposit|down ?payment|completion)\b|\b(option fee|option to purchase|exercise fee|deposit|down ?payment)\b[^.?!]{0,40}\b(hdb|condo|flat|house|property|apartment|home)\b/u;

/** The fee paid: deposit, option fee, down payment. */
const FEE = /定金|订金|首付|房款|\b(option fee|exercise fee|deposit|down ?payment)\b/u;

/** The agent or the lawyer in the room. */
const PRESENT =
  /(中介|律师|经纪人)[^，。！？]{0,4}(就)?在(我)?(旁边|身边|边上|跟前|现场|场)|(中介|律师)[^，。！？]{0,4}陪着|\b(our|my|the) (agent|lawyer|solicitor|conveyancer|realtor|estate agent)\b[^.?!]{0,12}\b(sitting|sat|here|right here|is here)\b[^.?!]{0,10}\b(with us|with me|beside us|next to us|in the room)?/u;

/** An agent only heard, changed details, or a scheme's props. */
const SCHEME_SIGNS =
  /电话|微信|短信|邮件|线上|网上|换了|改了|新(的)?(账户|账号)|个人(账户|卡)|安全账户|验证码|密码|\b(phone|called|email|whatsapp|text(ed)?|online|changed|new (account|bank|details)|different account|safe account|otp code|code|pin|password|crypto|police)\b/u;

/** Whether a lower-cased message pays a home purchase's own fee with the agent or lawyer in the room. */
export function isHomePurchaseFeeWithAgentPresent(lower: string): boolean {
  return HOME_PURCHASE.test(lower) && FEE.test(lower) && PRESENT.test(lower) && !SCHEME_SIGNS.test(lower);
}
