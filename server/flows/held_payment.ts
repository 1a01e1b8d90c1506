/**
 * The payment a risk check just held, under `context.extensions.heldPayment`: its slots as heard (payee,
 * account, amount) and the scam phrases heard with it. Right after a hold the customer often tries a smaller
 * amount ("那转四万九吧", "ok, send 49000 then"): that is the same transfer with a new amount, so the payee and
 * the source account are kept, and so are the scam phrases (a payment held for them stays held). Used once;
 * forgotten when any flow starts or after the flow idle time. Plain JSON, validated when read.
 */
import { z } from 'zod';
import { parseExtension, rememberValid } from '../session/parse_extension.ts';
import type { DialogueContext } from '../session/session_record.ts';
import { SlotValues } from './flow_state.ts';
import { FLOW_IDS } from './flow_types.ts';

const HeldPayment = z.object({
  flow: z.enum(FLOW_IDS),
  slots: SlotValues,
  riskSignals: z.array(z.string()),
  at: z.number(),
});
export type HeldPayment = z.infer<typeof HeldPayment>;

/** The payment held, if it was held within `idleMs`. */
export function readHeldPayment(context: DialogueContext, now: Date, idleMs: number): HeldPayment | null {
  const held = parseExtension(HeldPayment, context.extensions.heldPayment);
  return held && now.getTime() - held.at <= idleMs ? held : null;
}

export function writeHeldPayment(context: DialogueContext, held: HeldPayment | null): DialogueContext {
  const extensions = { ...context.extensions };
  if (held) {
    rememberValid(HeldPayment, held);
    extensions.heldPayment = held;
  } else delete extensions.heldPayment;
  return { ...context, extensions };
}
