/**
 * Another company's charge, told as a vent before a request of the bank: "phone company charged me roaming twice,
 * fuming", "联通又乱扣我话费，气死了", "the gym billed me after I cancelled, unbelievable". A fee named without its
 * company ("被扣了两次视频会员费") may be the bank's own deduction, and is read as before. The phone company, the utility or
 * the gym took the money and the customer's anger is at them; the bank is not named in the clause (`off_topic_clause.ts`
 * then weighs its anger words little). A clause that names the bank, the card or the account ("the phone company charged
 * my card twice, can you stop it?") is the customer's money at the bank and is read as before.
 */

/** A company other than the bank: a phone company, a utility, an insurer, a gym, a streaming service. */
export const COMPANY =
  /移动公司|中国移动|联通|电信|运营商|燃气公司|电力公司|供电局|自来水公司|水务公司|健身房|保险公司|\b(phone|mobile|telecom|telephone|energy|electric(ity)?|gas|water|utility|broadband|internet|cable|insurance|car insurance) (company|provider|supplier|network|operator|firm)\b|\b(telco|network provider|mobile network|carrier|isp|insurer|the gym|my gym|netflix|spotify|disney\+?|vodafone|verizon|at&t|t-mobile|singtel|starhub|telstra|optus|airtel|jio|comcast|virgin media|british gas)\b/;

/** What they did with money: charged, billed, overcharged, took; 扣, 多收, 乱收. */
const CHARGED =
  /扣|多收|乱收|收了|收我|\b(charged|overcharged|double[- ]charged|billed|took|debited|sting|stung|ripped (me )?off)\b/;

/** Whether a lower-cased clause tells another company's charge (see the file comment). */
export function isAnotherCompanysCharge(clause: string): boolean {
  return COMPANY.test(clause) && CHARGED.test(clause);
}
