/**
 * Runs one text turn through the stages and works out the dialogue context that follows from it.
 */
import type { DialogueContext } from '../session/session_record.ts';
import type { Decision } from '../dialogue/decision.ts';
import type { FollowUpContext } from '../dialogue/follow_up_context.ts';
import type { AlsoAsked } from '../dialogue/also_asked.ts';
import type {
  CallOff,
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
      /** Answers a follow-up fragment ("那欧元呢") with the previous question's topic. */
      followUps?: FollowUpContext;
      /** Says that a second request in the message was heard and offers it next ("查余额，顺便问下汇率"). */
      alsoAsked?: AlsoAsked;
    },
  ) {}

  async run(text: string, ctx: TurnContext): Promise<TurnResult> {
    const { normalizer, understander, policy, followUps, alsoAsked } = this.stages;
    const normalized = normalizer.normalize(text, ctx.locale);
    let understanding = await understander.understand(normalized, ctx);
    let decision = policy.decide(understanding, ctx);
    const followUp = await followUps?.resolve({
      text: normalized,
      understanding,
      decision,
      ctx,
      understander,
      policy,
    });
    if (followUp) ({ understanding, decision } = followUp);
    const responded = await this.respond(normalized, understanding, decision, ctx);
    if ('callOff' in responded) {
      // "算了不查了，帮我看看附近网点几点关门": the rest is the turn, on the context the call-off leaves.
      const { rest, context, acknowledge } = responded.callOff;
      const result = await this.run(rest, { ...ctx, session: { ...ctx.session, context } });
      return { ...result, reply: result.reply && acknowledge(result.reply) };
    }
    // "帮我查下余额，顺便问下你们几点关门" fell back as a whole: the turn is its first request, the rest offered next.
    const first =
      alsoAsked && !followUp
        ? await alsoAsked.firstRequestOfFallback({
            text: normalized,
            understanding,
            decision,
            result: responded,
            ctx,
            understander,
            policy,
          })
        : null;
    if (alsoAsked && first) {
      const taken = await this.run(first, ctx);
      return alsoAsked.add({
        text: normalized,
        understanding,
        decision: taken.decision,
        result: taken,
        ctx,
        understander,
        policy,
      });
    }
    const result =
      alsoAsked && !followUp
        ? await alsoAsked.add({
            text: normalized,
            understanding,
            decision,
            result: responded,
            ctx,
            understander,
            policy,
          })
        : responded;
    if (!followUps) return result;
    const question = followUp?.question ?? normalized;
    return {
      ...result,
      context: followUps.remember(result.context, result.decision, question, ctx.locale, result.reply),
    };
  }

  private async respond(
    text: string,
    understanding: TurnResult['understanding'],
    decision: Decision,
    ctx: TurnContext,
  ): Promise<TurnResult | { callOff: CallOff }> {
    const context = nextContext(ctx.session.context, decision);
    for (const step of this.stages.steps ?? []) {
      if (ctx.throwIfCancelled) ctx.throwIfCancelled();
      else ctx.signal?.throwIfAborted();
      const callOff = step.callOff?.(text, ctx);
      if (callOff) return { callOff };
      const taken = await step.run({ text, understanding, decision, context, ctx });
      if (taken) return { understanding, ...taken };
    }
    const reply = this.stages.responder.respond(decision, understanding, ctx);
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
