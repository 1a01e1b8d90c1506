/**
 * A question about a card that expired or is about to ("银行卡过期了怎么办", "卡快到期了", "my card expired what do I
 * do"): the intent model hears a lost card (report_lost_card, 0.63) or a freeze, and the loss report would start
 * and stop the card. The card-expiry article answers instead (a credit card is sent automatically, a debit card
 * is renewed at a branch). A card that is also lost or stolen ("卡丢了，反正也快过期了") is still reported.
 */

/** The article that answers it (knowledge/<locale>/card_expiry_renewal.md). */
export const CARD_EXPIRY_ARTICLE = 'card_expiry_renewal';

const EXPIRY = /过期|到期|有效期|期满|\bexpir(?:ed|es|ing|y)\b|\bout of date\b/iu;
/** Words of a card lost, stolen or misused: then it is still reported, whatever else is asked. */
export const CARD_LOSS =
  /丢|被偷|被盗|被抢|找不到|不见|遗失|盗刷|\blost\b|\bstolen\b|\bmissing\b|\bcan['’]?t find\b|\bmisplaced\b|\bfraud\b/iu;

export function asksAboutExpiredCard(text: string): boolean {
  return EXPIRY.test(text) && !CARD_LOSS.test(text);
}
