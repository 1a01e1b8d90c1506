/**
 * Sarcasm about a charge the bank took, said lightly: "lol love how I got a foreign transaction fee for buying from a
 * UK site while in the UK. make it make sense", "thanks for the £5 overdraft fee on my birthday, love that for me",
 * "谢谢你们啊 又扣我20块年费 真贴心", "收我短信费 真有你们的 哈哈". The laughter and the praise words ("lol", "love",
 * 谢谢, 哈哈) read as cheerful to the trained model, which can be sure the message is ordinary; the lexicon's
 * sarcasm (`sentiment_scorer.ts`) beside a fee or a charge of the bank's kind is a grievance however calm the model
 * reads it (`../handoff_policy.ts`). A charge waived, refunded, shown ahead or not taken is no grievance ("i love it
 * when you refund the atm fees abroad", "手续费又给我退回来了"), and a shop's or an app's charge ("love how uber charged
 * me twice") is not the bank's.
 */
import type { SentimentAnalysis } from './sentiment_scorer.ts';
import { ruleText } from '../rule_text.ts';

/** A fee or a charge of the kind a bank takes, or the bank named as the one who charged. */
const BANK_CHARGE =
  /年费|手续费|管理费|服务费|短信费|账户费|小额账户|罚息|滞纳金|违约金|利息|(你们|银行)[^，。！？,.!?]{0,6}(扣|收)|(扣|收)(了)?我[^，。！？,.!?]{0,8}(费|块|元|钱)|\b(foreign (transaction |exchange |currency )?fees?|fx fees?|non-sterling|overdraft (fees?|charges?)|unarranged overdraft|monthly (account )?fees?|account fees?|maintenance fees?|service (fees?|charges?)|late (payment )?fees?|atm fees?|cash withdrawal fees?|transfer fees?|annual fees?|card fees?|bank charges?|interest|(you|your bank|the bank) (charged|charge|took|take)\b)/;

/** A third party's charge: a shop, an app or a ride, not the bank. */
const THEIR_CHARGE =
  /(商家|店家|卖家|外卖|美团|淘宝|滴滴|平台|游戏)[^，。！？,.!?]{0,6}(扣|收)|\b(uber|lyft|amazon|ebay|paypal|klarna|afterpay|netflix|spotify|apple|google|the shop|the store|the seller|the merchant|the app store|ticketmaster|deliveroo|just eat|airbnb)\b[^,.!?]{0,15}\b(charged|charging|charges|took|billed)\b/;

/**
 * A charge in the customer's favour: waived, refunded, free, shown ahead, interest earned ("i love it when you refund
 * the atm fees abroad", "love that there's no foreign transaction fee", "手续费又给我退回来了"): praise, however the
 * lexicon reads "love it when you".
 */
const IN_THEIR_FAVOUR =
  /免(了|掉|除)?|退(回|还|了)|返还|不收|没收|不扣|没扣|\b(refund\w*|waiv\w*|no (\w+ )*(fees?|charges?)|free|zero|without (a |any )?(fees?|charges?)|earn\w*|shows?|showing|upfront|before i pay|reimburs\w*|cashback|cash back)\b/;

/** The lexicon's sarcasm beside a charge of the bank's kind (see the file comment). */
export function isSarcasticCharge(text: string, sentiment: Pick<SentimentAnalysis, 'sarcasm'>): boolean {
  if (!sentiment.sarcasm) return false;
  const lower = ruleText(text);
  return BANK_CHARGE.test(lower) && !THEIR_CHARGE.test(lower) && !IN_THEIR_FAVOUR.test(lower);
}
