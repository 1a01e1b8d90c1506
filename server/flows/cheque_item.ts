/**
 * A lost cheque ("支票丢了怎么办", "what if I lost a cheque I already wrote"): the intent model hears a lost card
 * and the loss report would stop the customer's card. A cheque is stopped by the account holder who wrote it,
 * at their bank: the cheques article says how (knowledge/<locale>/cheques.md). A message that also names a
 * card ("支票和卡都丢了") is about the card too.
 */

/** The article that answers a lost cheque. */
export const CHEQUE_ARTICLE = 'cheques';

const CHEQUE = /支票|\bcheques?\b|\bchecks?book\b|\bchequebook\b|\bcheck ?books?\b/iu;
const CARD = /(?:银行|借记|信用|储蓄)?卡|\b(?:debit |credit |bank )?cards?\b/iu;

export function namesChequeOnly(text: string): boolean {
  return CHEQUE.test(text) && !CARD.test(text.replace(CHEQUE, ''));
}
