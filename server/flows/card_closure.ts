/**
 * A request to close a card or an account ("我要注销这张卡", "销卡", "close this card"): the intent model hears a
 * freeze or a loss report, and that flow would stop the card for now, which is not what was asked. The
 * account-closure article answers instead (a debit card is closed at a branch, a Type II account in the app, a
 * credit card once repaid). A card that is also lost or stolen ("卡丢了，帮我注销") is still reported first.
 */

import { CARD_LOSS } from './expired_card.ts';

/** The article that answers it (knowledge/<locale>/account_closure.md). */
export const ACCOUNT_CLOSURE_ARTICLE = 'account_closure';

const CLOSURE =
  /注销|销户|销卡|\bclos(?:e|ing) (?:down )?(?:my|the|this|that|an?|our)? ?(?:\w+ )?(?:card|account)\b/iu;
/** A card lost or stolen (expired_card.ts), or reported or misused in other words. */
const LOSS = new RegExp(String.raw`${CARD_LOSS.source}|挂失|冒用|\bhacked\b`, 'iu');

export function asksToCloseCard(text: string): boolean {
  return CLOSURE.test(text) && !LOSS.test(text);
}
