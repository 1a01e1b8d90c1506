/**
 * Four digits said alone in a flow that moves money ("2468", "2468吧", "the 2468 one") that end one of the
 * customer's own accounts or cards: that account, never an amount. At a bill's read-back of ¥99 from **** 2468,
 * "2468" became the amount and "confirm" paid ¥2,468. Known once verification has listed the customer's
 * accounts and cards (`FlowState.ownTails`); before that the digits are read as before (a code typed into the
 * chat, an amount). An amount that happens to end like an account is said with its unit ("2468元").
 */
import type { Locale } from '../protocol/protocol.ts';
import { say } from './flow_messages.ts';
import type { FlowState, SlotValues } from './flow_state.ts';
import type { FlowDefinition } from './flow_types.ts';
import { tailAnswerOf } from './tail_answer.ts';

export interface OwnTail {
  /** The account slot the digits fill. */
  slots: SlotValues;
  /** Said before the flow's next reply: taken as the account; an amount is said with its unit. */
  text: string;
  /** The same without the digits (a kiosk). */
  kiosk: string;
}

export function ownTailNamed(
  flow: FlowState,
  def: FlowDefinition,
  text: string,
  locale: Locale,
): OwnTail | null {
  if (!def.slots.some((s) => s.kind === 'amount')) return null;
  const tail = tailAnswerOf(text);
  if (!tail || !flow.ownTails?.includes(tail)) return null;
  const slot = def.slots.find((s) => s.kind === 'source_account' || s.kind === 'account');
  if (!slot) return null;
  return {
    slots: { [slot.name]: tail },
    text: say('tailNotAmount', locale, { tail }),
    kiosk: say('tailNotAmountKiosk', locale),
  };
}
