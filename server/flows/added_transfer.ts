/**
 * Another transfer asked for while one is under way: "再给张三转300" at the read-back of ¥500 to 李娜, "now send
 * 50 to Alice too" at the read-back of 100 to Zhang Wei. The new payee and amount used to replace the ones read
 * back, and "确认" sent only the second: the first was dropped without a word, though the customer asked for
 * both. Like transfers asked for in one message (next_transfer.ts), the one under way goes on and the new one
 * waits its turn, offered when the first is done. Words that take the first back ("不对", "I mean",
 * "instead") make it a correction, as before; so does the payee already being paid.
 */
import type { Entity, Locale } from '../protocol/protocol.ts';
import { formatMoney } from '../banking/money.ts';
import { say } from './flow_messages.ts';
import type { SlotValues } from './flow_state.ts';
import { CORRECTION, type Said, type TransferAsked } from './next_transfer.ts';

/** Words that add a payment to the one being made ("还是" is "rather", a switch). */
const ALSO = /再|也|还要|还想|还得|另外|顺便|一起|\balso\b|\btoo\b|\bas well\b|\banother\b|\bplus\b/iu;

/**
 * The transfer a message adds to the one under way (its payee and amount known), or null: one payee and one
 * amount in yuan, a payee other than the one being paid, words that add it, none that correct.
 */
export function transferAdded(
  text: string,
  entities: readonly Entity[],
  current: SlotValues,
): TransferAsked | null {
  const paying = current.payee?.name;
  if (paying === undefined || current.amount === undefined) return null;
  if (!ALSO.test(text) || CORRECTION.test(text)) return null;
  if (entities.some((e) => e.type === 'currency' && e.value !== 'CNY')) return null;
  const payees = entities.filter((e) => e.type === 'payee');
  const amounts = entities.filter((e) => e.type === 'amount');
  if (payees.length !== 1 || amounts.length !== 1) return null;
  const payee = String(payees[0]!.value);
  const amount = amounts[0]!.value;
  if (typeof amount !== 'number' || !Number.isInteger(amount) || amount <= 0) return null;
  if (payee.toLowerCase() === paying.toLowerCase()) return null;
  return { payee, amount };
}

/** "好的，给张三转¥300.00等这笔办完再办。" (no figures on the lobby screen). */
export function transferNoted(t: TransferAsked, locale: Locale): Said {
  const item = (kiosk: boolean): string =>
    kiosk
      ? say('transferItemKiosk', locale, { payee: t.payee })
      : say('transferItem', locale, { payee: t.payee, amount: formatMoney(t.amount, locale) });
  return {
    text: say('nextTransferNoted', locale, { item: item(false) }),
    kiosk: say('nextTransferNoted', locale, { item: item(true) }),
  };
}
