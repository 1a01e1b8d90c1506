/**
 * Order 20. Asks the HandoffPolicy whether this turn should go to a person (explicit ask, complaint,
 * negative sentiment trend, repeated fallbacks). If so the customer is queued and told their place, or,
 * when nobody is available (no agent online, outside service hours), told so honestly and offered a
 * callback or a branch appointment.
 */
import type { TurnResult, TurnStep, TurnStepInput } from '../../pipeline/stages.ts';
import { sessionRoom, type CustomerNamespace } from '../../socket/customer_namespace.ts';
import type { HandoffConfig } from '../handoff_config.ts';
import type { HandoffPolicy } from '../handoff_policy.ts';
import { isVerified, readHandoff } from '../handoff_extension.ts';
import { queuedReply, unavailableReply, vetoedIntentReply } from '../handoff_replies.ts';
import type { TurnSignals } from '../handoff_signals.ts';
import type { HandoffService } from '../handoff_service.ts';
import { QUIET_TURNS, save } from './handoff_session_step.ts';
import type { TurnSignalsCache } from './turn_signals_cache.ts';

export class HandoffPolicyStep implements TurnStep {
  readonly name = 'handoff.policy';

  constructor(
    private readonly service: HandoffService,
    private readonly signals: TurnSignalsCache,
    private readonly policy: HandoffPolicy,
    private readonly customers: CustomerNamespace,
    private readonly config: Pick<HandoffConfig, 'hours'>,
    /** The core's FAQ threshold (answers a vetoed turn from the knowledge base). */
    private readonly faqThreshold: number,
  ) {}

  async run(input: TurnStepInput): Promise<Omit<TurnResult, 'understanding'> | null> {
    const { text, context, ctx, understanding, decision } = input;
    const ext = readHandoff(context);
    const signals = this.signals.get(context, text, ext);
    const turn = ctx.session.turnCount;
    // `ext` already holds this turn's trend (the session step saved it); the quiet period is from before.
    const verdict = this.policy.decide({ signals, understanding, decision, context, prev: ext, turn });
    if (!verdict) return this.vetoed(input, signals);
    const now = ctx.now.getTime();
    const outcome = await this.service.start({
      sessionId: ctx.session.id,
      locale: ctx.locale,
      channel: ctx.channel,
      verified: isVerified(context),
      verdict,
      sentiment: signals.trend.value,
      schemes: [],
      now,
    });
    const room = this.customers.to(sessionRoom(ctx.session.id));
    const reasons = [...ext.reasons, verdict.reason];
    if (outcome.kind === 'unavailable') {
      save(context, {
        ...ext,
        reasons,
        offeredCallback: true,
        fallbackBase: context.fallbackCount,
        quietUntilTurn: turn + QUIET_TURNS,
      });
      room.emit('handoff.status', { state: 'unavailable', reason: verdict.reason });
      return {
        decision: { type: 'handoff', reason: verdict.reason },
        reply: unavailableReply(outcome.why, this.config.hours, ctx.locale),
        context,
      };
    }
    save(context, { ...ext, reasons, active: { reason: verdict.reason, since: now } });
    room.emit('handoff.status', {
      state: 'queued',
      reason: verdict.reason,
      position: outcome.place.position,
      etaSec: outcome.place.etaSec,
    });
    return {
      decision: { type: 'handoff', reason: verdict.reason },
      reply: queuedReply(verdict.reason, outcome.place, ctx.locale),
      context,
    };
  }

  /**
   * The policy chose a complaint or fraud intent whose catalog trigger is a handoff, but the message
   * contradicts it (HandoffPolicy.vetoed): answer here, or the default responder would promise a transfer.
   */
  private vetoed(input: TurnStepInput, signals: TurnSignals): Omit<TurnResult, 'understanding'> | null {
    const { decision, understanding, context, ctx } = input;
    if (decision.type !== 'intent' || decision.trigger.type !== 'handoff') return null;
    const reason = decision.trigger.reason;
    if (reason !== 'complaint' && reason !== 'fraud_risk' && reason !== 'asked_for_human') return null;
    const hit = understanding.faq[0];
    const faq =
      hit && hit.score >= this.faqThreshold
        ? { id: hit.article.id, title: hit.article.title, answer: hit.article.answer, score: hit.score }
        : null;
    const reply = vetoedIntentReply(reason, faq, signals.sentiment.score > 0.2, ctx.locale);
    return {
      decision:
        faq && hit
          ? { type: 'faq', hit, intent: null, confidence: Math.min(1, hit.score) }
          : {
              type: 'intent',
              intent: decision.intent,
              confidence: decision.confidence,
              trigger: { type: 'answer' },
            },
      reply,
      context,
    };
  }
}
