/**
 * Order 5 (after the handoff forwarding at 0, before the fraud guard at 10 and the handoff policy at 20): while
 * a flow that moves an amount is running (a transfer, a bill payment), a message that only says which amount
 * was meant ("I said 300", "it was 300 not 3000", "我说的是300", "不对，是三百"; amount_correction.ts) is the
 * flow's: it takes the amount and reads the payment back again. The handoff model heard "I said 300" at a
 * transfer's read-back as a fraud report (0.98) and "我说的是3000" as frustration, so the customer was warned of a
 * scam or offered a person instead. A scam story told during the transfer ("a policeman told me to send 300 to
 * a safe account") is no such message and still reaches the fraud guard. The flow's own checks still apply
 * (a case already flagged as fraud keeps the payment on hold). While handed over to an agent, the handoff
 * step (order 0) has taken the turn already. So is a message that only corrects the payee by name, "not X
 * but Y" with X the payee now ("我说的是李娜，不是张三", "no, not Zhang Wei, Alice"; payee_correction.ts), which
 * the handoff model heard as frustration, unless it holds a scam phrase; and one that says the money is for the
 * customer themselves ("给我", "to me"; own_account_payee.ts), which it heard as an ask for a person; and "to Bob"
 * when asked who the money is for (payee_named_with_to.ts), which the intent model heard as one too.
 */
import type { EntityExtractor } from '../nlu/understanding.ts';
import type { TurnStep, TurnStepInput } from '../pipeline/stages.ts';
import { onlyCorrectsAmount } from './amount_correction.ts';
import { FLOWS } from './flow_definitions.ts';
import type { FlowEngine, StepOutcome } from './flow_engine.ts';
import { readFlow } from './flow_state.ts';
import { correctedPayee } from './payee_correction.ts';
import { saysOwnAccount } from './own_account_payee.ts';
import { payeeNamedWithTo } from './payee_named_with_to.ts';
import { scamPhrases } from './scam_phrases.ts';

export const AMOUNT_CORRECTION_STEP_ORDER = 5;

export class AmountCorrectionStep implements TurnStep {
  readonly name = 'flow.amount_correction';

  constructor(
    private readonly engine: FlowEngine,
    /** Used when the understanding stage has no entity extractor. */
    private readonly entities: EntityExtractor | null,
    /** A flow idle for longer is over (the flow step says so); this step leaves it alone. */
    private readonly flowIdleMs: number,
  ) {}

  async run(input: TurnStepInput): Promise<StepOutcome | null> {
    const { text, ctx, understanding } = input;
    const flow = readFlow(input.context);
    if (!flow || ctx.now.getTime() - flow.updatedAt > this.flowIdleMs) return null;
    const def = FLOWS[flow.flow];
    if (!def.slots.some((s) => s.kind === 'amount')) return null;
    const entities =
      understanding.entitiesExtracted || understanding.entities.length > 0
        ? understanding.entities
        : (this.entities?.extract(text, ctx.locale, ctx.now) ?? []);
    const payeeSlot = def.slots.find((s) => s.kind === 'payee')?.name;
    const transfer = payeeSlot !== undefined;
    const payee =
      transfer &&
      (correctedPayee(text, flow.slots) !== null ||
        saysOwnAccount(text, flow.awaiting) ||
        (flow.awaiting === payeeSlot && payeeNamedWithTo(text) !== null)) &&
      scamPhrases(text).length === 0;
    if (
      !payee &&
      !onlyCorrectsAmount(
        text,
        entities.filter((e) => e.type === 'amount'),
      )
    )
      return null;
    // An answer to the running flow, whatever the classifier heard (a fraud report, a complaint): that
    // intent is not what the conversation was about, nor a failure to count.
    const before = ctx.session.context;
    const context = { ...input.context, fallbackCount: before.fallbackCount };
    if (before.lastIntent === undefined) delete context.lastIntent;
    else context.lastIntent = before.lastIntent;
    return this.engine.turn({
      ...input,
      understanding: { ...understanding, entities, entitiesExtracted: true },
      context,
      decision: {
        type: 'intent',
        intent: def.intent,
        confidence: 1,
        trigger: { type: 'flow', flow: def.id },
      },
    });
  }
}
