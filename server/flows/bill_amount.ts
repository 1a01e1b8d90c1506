/**
 * A bill is paid for its amount due. A number said alone ("100", "300吧") in a bill payment does not replace
 * it, unless the amount is what was just asked (a bill with nothing due): paying another amount than the bill
 * says is a choice a bank wants said as one ("缴100元", "付100", "金额改成100", "pay 100", "make it 100"), and
 * the read-back then shows the amount due beside it (read_back.ts). The number alone is answered with how to
 * say it, and the read-back (or the question) again, unchanged.
 */
import { isBareNumber } from '../dialogue/bare_number.ts';
import type { Locale } from '../protocol/protocol.ts';
import { say } from './flow_messages.ts';
import type { FlowState, SlotValues } from './flow_state.ts';
import type { FlowDefinition } from './flow_types.ts';

/** What to say instead of taking `heard.amount`, or null when the amount stands. */
export function bareBillAmount(
  flow: FlowState,
  def: FlowDefinition,
  text: string,
  heard: SlotValues,
  locale: Locale,
): string | null {
  if (heard.amount === undefined || !def.slots.some((s) => s.kind === 'biller')) return null;
  const amountSlot = def.slots.find((s) => s.kind === 'amount');
  if (!amountSlot || flow.awaiting === amountSlot.name || !isBareNumber(text)) return null;
  return say('billAmountPlainly', locale);
}
