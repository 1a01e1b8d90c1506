/**
 * Grievances told calmly, politely or with a wry remark, which the trained model reads as ordinary messages: each
 * class is in its own file. `../handoff_policy.ts` hands such a message to a person however calm the model reads it
 * and whether or not an article answers the question in it.
 */
import { isChargeCalledABitMuch } from './charge_called_a_bit_much.ts';
import { isFumingAfterAWaitOnTheBank } from './fuming_after_a_wait_on_the_bank.ts';
import { isLoyalCustomerReproach } from './loyal_customer_reproach.ts';
import { isNotTryingToArgueBut } from './not_trying_to_argue_but.ts';
import { isQuickToTakeMoney } from './quick_to_take_money.ts';

export function isUnderstatedGrievance(text: string): boolean {
  return (
    isQuickToTakeMoney(text) ||
    isChargeCalledABitMuch(text) ||
    isNotTryingToArgueBut(text) ||
    isLoyalCustomerReproach(text) ||
    isFumingAfterAWaitOnTheBank(text)
  );
}
