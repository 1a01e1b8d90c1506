/**
 * How much money the customer has left: "卡里还剩多少钱", "我还剩多少钱", "账上还有多少钱", "how much is left on my
 * card", "how much do I have left", "how much is in my account". The intent model hears check_balance, but
 * "多少钱" / "how much is" also ask what something costs, so the message read as a question about how things
 * work and the loan-balance article ("what is left on a loan") answered instead of the balance check. It asks
 * for the customer's own figure, which only the verified balance check can give.
 *
 * What is left of a loan, a credit line or a limit ("房贷还剩多少没还", "信用卡还剩多少额度", "how much is left on
 * my mortgage", "how much of my limit is left") is not the balance of an account.
 */

/** 还剩多少 / 剩下多少 / 还有多少钱, said of a card, an account or the customer. */
const ZH_LEFT =
  /(?:卡|账户|帐户|账号|账上|帐上|账里|户头|存折|折子|余额|我)[^，,。？?！!]{0,6}?(?:还剩|剩下|剩余|剩|还有)(?:下)?多少(?:钱|余额|存款)?|(?:还剩|剩下|剩余|还有)多少(?:钱|余额|存款)(?!没)/u;
/** Something owed, a limit or an allowance: not money held. */
const ZH_NOT_HELD =
  /贷|月供|欠|没还|要还|还款|待还|应还|额度|限额|信用卡|积分|流量|话费|多少期|多少天|多少次|本金|利息|名额|可以转|能转|能取|可以取|手续费|没到|到账/u;

/** How much is left / remaining, or how much is in or on the customer's card or account. */
const EN_LEFT =
  /\bhow much (?:money |cash )?(?:is |do i have |have i got |have i |i have |i've got |is there |there is )?(?:still )?(?:left|remaining)\b|\bhow much (?:money |cash )?(?:is |do i have |have i got |is there |there is )?(?:still )?(?:in|on) my (?:(?:bank |debit |savings |current |salary )?(?:card|account)|savings|wallet)\b/i;
const EN_NOT_HELD =
  /\b(?:loan|mortgage|owe|owed|owing|repay\w*|pay off|to pay|installments?|credit|limit|allowance|quota|points|data|minutes|days|fees?|bill)\b/i;

/** The message asks how much money the customer has left on a card or an account. */
export function asksHowMuchIsLeft(text: string): boolean {
  return (ZH_LEFT.test(text) && !ZH_NOT_HELD.test(text)) || (EN_LEFT.test(text) && !EN_NOT_HELD.test(text));
}
