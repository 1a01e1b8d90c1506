/**
 * "要交多少钱" / "how much is it?" / "how much do I owe?" during a bill payment: the amount due on that bill.
 * The intent model hears a balance check (80%), so the bill payment was set aside, the customer's account
 * balances were shown instead, and the PIN box the customer was about to fill in went away. A question about
 * the customer's own money ("卡里还有多少钱", "how much is left in my account", "what's my balance") is still
 * the balance check, and a message that names an amount sets one.
 */
import type { Bill } from '../banking/core_banking.ts';
import { formatMoney } from '../banking/money.ts';
import type { Entity, Locale } from '../protocol/protocol.ts';
import { say } from './flow_messages.ts';

const ZH_ASKS = /多少钱|多少|几块|金额是|欠了?多少|欠费/;
const ZH_OWN = /余额|还剩|剩下|剩多少|卡里|卡上|账户里|账上|户头|我(?:还)?有多少/;
const EN_ASKS =
  /\bhow much\b|\bwhat(?:'s| is) the (?:amount|total|bill|damage)\b|\bwhat do i owe\b|\bamount due\b/i;
const EN_OWN = /\bbalance\b|\bleft\b|\bin my (?:account|card)\b|\bdo i have\b|\bhave i got\b|\bi have\b/i;

export function asksBillDue(text: string, entities: readonly Entity[]): boolean {
  if (entities.some((e) => e.type === 'amount')) return false;
  return /\p{Script=Han}/u.test(text)
    ? ZH_ASKS.test(text) && !ZH_OWN.test(text)
    : EN_ASKS.test(text) && !EN_OWN.test(text);
}

/**
 * "国网电费待缴¥236.50。" for the bill being paid, "燃气费目前没有待缴金额。" when nothing is due on it; null when
 * the customer has no such bill.
 */
export function billDueNote(bills: readonly Bill[], billerId: string, locale: Locale): string | null {
  const bill = bills.find((b) => b.billerId === billerId);
  if (!bill) return null;
  if (bill.due <= 0) return say('billNothingDue', locale, { biller: bill.biller[locale] });
  return say('billDue', locale, { biller: bill.biller[locale], amount: formatMoney(bill.due, locale) });
}
