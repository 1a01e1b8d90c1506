/**
 * Order 10. A scam pattern (or the fraud_report intent) gets an immediate, clear anti-fraud warning (a
 * `warning` card, serious face), the conversation goes to the front of the agent queue as fraud_risk even
 * when nobody is online yet, and `context.extensions.risk = { hold: true, … }` tells a transfer flow to
 * hold the money. When nobody can take it now the customer is told so (never "queued"), given the hotlines
 * and offered a callback or a branch appointment; the case waits flagged for the first agent online. A
 * customer already warned in this case, or warned a few turns ago of the same scam (the case has since left
 * the queue or gone to a callback), gets the short advice instead of the whole warning again, or, asked what
 * to do now, the next steps for the scam told (`fraud/next_steps.ts`). What was told is kept as the case's
 * `fraudStory` (its schemes, a code given, a card misused).
 */
import type { TurnResult, TurnStep, TurnStepInput } from '../../pipeline/stages.ts';
import { sessionRoom, type CustomerNamespace } from '../../socket/customer_namespace.ts';
import type { HandoffConfig } from '../handoff_config.ts';
import type { HandoffPolicy } from '../handoff_policy.ts';
import {
  isVerified,
  readHandoff,
  recentFraudStory,
  toldFraudStory,
  type RiskFlag,
} from '../handoff_extension.ts';
import { describesCardMisuse } from '../fraud/card_misuse.ts';
import {
  fraudFollowUpReply,
  fraudNextStepsReply,
  fraudReply,
  type FraudFollowUp,
} from '../handoff_replies.ts';
import { asksWhatToDo } from '../fraud/next_steps.ts';
import { asksWhyItIsAScam, describesRelativeInTrouble } from '../fraud/why_a_scam.ts';
import { saysCodeWasGiven } from '../fraud/code_already_given.ts';
import type { HandoffService } from '../handoff_service.ts';
import { save } from './handoff_session_step.ts';
import type { TurnSignalsCache } from './turn_signals_cache.ts';

export class FraudStep implements TurnStep {
  readonly name = 'handoff.fraud';

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
    const verdict = this.policy.fraud({ signals, understanding, decision });
    if (!verdict) return null;
    const now = ctx.now.getTime();
    const risk: RiskFlag = { hold: true, reason: 'fraud_risk', schemes: signals.fraud.schemes, at: now };
    const outcome = await this.service.start({
      sessionId: ctx.session.id,
      locale: ctx.locale,
      channel: ctx.channel,
      verified: isVerified(context),
      verdict,
      sentiment: signals.trend.value,
      schemes: signals.fraud.schemes,
      now,
      queueWhenUnavailable: true,
    });
    const place = outcome.kind === 'queued' ? outcome.place : null;
    const turn = ctx.session.turnCount;
    const cardMisuse = signals.fraud.schemes.length === 0 && describesCardMisuse(text);
    const codeGiven = saysCodeWasGiven(text);
    // Warned already in this case, or a few turns ago about the same scam (the case since left the queue or
    // went to a callback): the short advice, or the next steps when asked what to do, never the whole warning.
    const before = recentFraudStory(ext, turn);
    const warned =
      ext.active?.reason === 'fraud_risk' ||
      (before !== null && signals.fraud.schemes.every((s) => before.schemes.includes(s)));
    const relativeInTrouble = describesRelativeInTrouble(text);
    const told = { schemes: signals.fraud.schemes, codeGiven, cardMisuse, relativeInTrouble };
    const story = toldFraudStory(ext, told, turn);
    const askedWhy = asksWhyItIsAScam(text);
    const follow: FraudFollowUp =
      outcome.kind === 'queued'
        ? { kind: 'queued', place: outcome.place }
        : { kind: 'unavailable', why: outcome.why, hours: this.config.hours };
    save(
      context,
      {
        ...ext,
        active: { reason: 'fraud_risk', since: now },
        reasons: [...ext.reasons, 'fraud_risk'],
        offeredCallback: ext.offeredCallback || outcome.kind === 'unavailable',
        fraudStory: story,
      },
      risk,
    );
    this.customers.to(sessionRoom(ctx.session.id)).emit('handoff.status', {
      state: place ? 'queued' : 'unavailable',
      reason: 'fraud_risk',
      ...(place ? { position: place.position, etaSec: place.etaSec } : {}),
    });
    // A turn a flow may take, such as "他们催我转账" read as a transfer, in a case already warned: the short advice
    // and where the case stands.
    return {
      decision: { type: 'handoff', reason: 'fraud_risk' },
      reply: !warned
        ? fraudReply(signals.fraud.schemes, follow, ctx.locale, {
            cardMisuse,
            codeGiven,
            relativeInTrouble,
            channel: ctx.channel,
          })
        : asksWhatToDo(text) || askedWhy
          ? fraudNextStepsReply({ ...story, askedWhy }, { open: true, place }, ctx.locale, ctx.channel)
          : fraudFollowUpReply(place, ctx.locale, ctx.channel),
      context,
    };
  }
}
