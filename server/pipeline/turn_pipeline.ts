/**
 * Runs one text turn through the stages and works out the dialogue context that follows from it.
 */
import type { DialogueContext } from '../session/session_record.ts';
import type { Decision } from '../dialogue/decision.ts';
import type {
  DialoguePolicy,
  Normalizer,
  Responder,
  TurnContext,
  TurnResult,
  TurnStep,
  Understander,
} from './stages.ts';

export class TurnPipeline {
  constructor(
    readonly stages: {
      normalizer: Normalizer;
      understander: Understander;
      policy: DialoguePolicy;
      responder: Responder;
      /** Steps that may take the turn before the responder, in order. */
      steps?: TurnStep[];
    },
  ) {}

  async run(text: string, ctx: TurnContext): Promise<TurnResult> {
    const { normalizer, understander, policy, responder } = this.stages;
    const normalized = normalizer.normalize(text, ctx.locale);
    const understanding = await understander.understand(normalized, ctx);
    const decision = policy.decide(understanding, ctx);
    const context = nextContext(ctx.session.context, decision);
    for (const step of this.stages.steps ?? []) {
      if (ctx.throwIfCancelled) ctx.throwIfCancelled();
      else ctx.signal?.throwIfAborted();
      const taken = await step.run({ text: normalized, understanding, decision, context, ctx });
      if (taken) return { understanding, ...taken };
    }
    const reply = responder.respond(decision, understanding, ctx);
    return { understanding, decision, reply, context };
  }
}

export function nextContext(prev: DialogueContext, decision: Decision): DialogueContext {
  const next: DialogueContext = { ...prev, extensions: { ...prev.extensions } };
  delete next.pendingClarify;
  switch (decision.type) {
    case 'intent':
      next.lastIntent = decision.intent;
      break;
    case 'faq':
      if (decision.intent) next.lastIntent = decision.intent;
      break;
    case 'clarify':
      next.pendingClarify = decision.options.map((o) => o.intent);
      break;
    case 'fallback':
      next.fallbackCount = prev.fallbackCount + 1;
      break;
    default:
      break;
  }
  return next;
}
