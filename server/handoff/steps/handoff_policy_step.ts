/**
 * Order 20. Asks the HandoffPolicy whether this turn should go to a person (explicit ask, complaint,
 * negative sentiment trend, repeated fallbacks). If so the customer is queued and told their place, or,
 * when nobody is available (no agent online, outside service hours), told so honestly and offered a
 * callback or a branch appointment. A handoff intent the message contradicts is answered later, after the
 * flows (`vetoed_intent_step.ts`).
 */
import type { TurnResult, TurnStep, TurnStepInput } from '../../pipeline/stages.ts';
import { sessionRoom, type CustomerNamespace } from '../../socket/customer_namespace.ts';
import type { HandoffConfig } from '../handoff_config.ts';
import type { HandoffPolicy } from '../handoff_policy.ts';
import { isVerified, readHandoff } from '../handoff_extension.ts';
import { queuedReply, unavailableReply } from '../handoff_replies.ts';
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
  ) {}

  async run(input: TurnStepInput): Promise<Omit<TurnResult, 'understanding'> | null> {
    const { text, context, ctx, understanding, decision } = input;
    const ext = readHandoff(context);
    const signals = this.signals.get(context, text, ext);
    const turn = ctx.session.turnCount;
    // `ext` already holds this turn's trend (the session step saved it); the quiet period is from before.
    const verdict = this.policy.decide({ signals, understanding, decision, context, prev: ext, turn });
    if (!verdict) return null;
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
      reply: queuedReply(verdict.reason, outcome.place, ctx.locale, ctx.channel),
      context,
    };
  }
}
