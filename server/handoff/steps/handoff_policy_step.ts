/**
 * Order 20. Asks the HandoffPolicy whether this turn should go to a person (explicit ask, complaint,
 * negative sentiment trend, repeated fallbacks). If so the customer is queued and told their place, or,
 * when nobody is available (no agent online, outside service hours), told so honestly and offered a
 * callback or a branch appointment; a complaint is acknowledged and apologised for. Told once: later
 * messages soon after (another escalation, or one the assistant cannot place) get a short acknowledgement
 * that what they said is kept for whoever calls back (if they ask for a callback), not the same paragraph
 * again. A question when agents are there ("那人工什么时候上班") gets the service hours.
 *
 * Messages the handoff signals used to misread as an ask for a person get their own answer here (outside a
 * flow): a bare "help" / "帮帮我" the assistant's menu, "can you speak English?" that it speaks both. Small talk
 * ("讲个笑话") soon after being told nobody can take the conversation gets the assistant's normal reply and one
 * line on where things stand (small_talk_while_waiting.ts), and "那我该怎么办" a few turns after a scam was told,
 * out of the queue, the next steps for it (fraud/next_steps.ts).
 * A handoff intent the message contradicts is answered later, after the flows (`vetoed_intent_step.ts`).
 */
import type { ReplyDraft, TurnResult, TurnStep, TurnStepInput } from '../../pipeline/stages.ts';
import type { HandoffReason } from '../../nlu/intent_catalog_schema.ts';
import type { Locale, QuickReply } from '../../protocol/protocol.ts';
import { sessionRoom, type CustomerNamespace } from '../../socket/customer_namespace.ts';
import type { HandoffConfig } from '../handoff_config.ts';
import type { HandoffPolicy } from '../handoff_policy.ts';
import type { TurnSignals } from '../handoff_signals.ts';
import {
  isVerified,
  readHandoff,
  recentFraudStory,
  toldUnavailable,
  type HandoffExtension,
} from '../handoff_extension.ts';
import {
  agentHoursReply,
  fraudNextStepsReply,
  helpMenuReply,
  languageReply,
  queuedReply,
  unavailableNotedReply,
  unavailableReply,
  unplacedNoAgentsReply,
  type NotedFor,
} from '../handoff_replies.ts';
import type { HandoffService } from '../handoff_service.ts';
import type { ArticleMeanwhile } from '../article_meanwhile.ts';
import { asksWhatTheAssistantIs, disclosed } from '../assistant_nature_question.ts';
import { QUIET_TURNS, save } from './handoff_session_step.ts';
import { asksAboutTheWait } from '../wait_question.ts';
import { notQueuedReply } from '../wait_answer.ts';
import type { TurnSignalsCache } from './turn_signals_cache.ts';
import { asksWhatToDo } from '../fraud/next_steps.ts';
import { asksWhyItIsAScam } from '../fraud/why_a_scam.ts';
import { say } from '../handoff_messages.ts';
import { smallTalkWhileWaiting, type NormalReply } from '../small_talk_while_waiting.ts';

export class HandoffPolicyStep implements TurnStep {
  readonly name = 'handoff.policy';

  constructor(
    private readonly service: HandoffService,
    private readonly signals: TurnSignalsCache,
    private readonly policy: HandoffPolicy,
    private readonly customers: CustomerNamespace,
    private readonly config: Pick<HandoffConfig, 'hours'>,
    /** The assistant's menu (the greeting's quick replies) offered to a bare call for help. */
    private readonly menu: (locale: Locale) => QuickReply[] = () => [],
    /** The article that explains what a complaint is about, said after where the handoff stands. */
    private readonly meanwhile: ArticleMeanwhile | null = null,
    /** The assistant's normal reply, for small talk after being told nobody can take the conversation. */
    private readonly normalReply: NormalReply | null = null,
  ) {}

  private withArticle(reply: ReplyDraft, reason: HandoffReason, input: TurnStepInput): ReplyDraft {
    // "你是真人吗" / "are you a bot?" is handed over like an ask for a person, with a straight answer first.
    if (asksWhatTheAssistantIs(input.text, input.ctx.locale)) return disclosed(reply, input.ctx.locale);
    if (!this.meanwhile) return reply;
    const { text, decision, understanding, ctx } = input;
    return this.meanwhile.add(reply, reason, { text, decision, understanding, locale: ctx.locale });
  }

  async run(input: TurnStepInput): Promise<Omit<TurnResult, 'understanding'> | null> {
    const { text, context, ctx, understanding, decision } = input;
    const ext = readHandoff(context);
    const signals = this.signals.get(context, text, ext);
    const turn = ctx.session.turnCount;
    // "那人工什么时候上班", "when will someone be available?" once told nobody can take the conversation: the
    // hours, and whether anyone is online now. Asked first, it is an ask for a person like any other (a blind
    // set labels "人工客服几点上班" so), and goes to the queue or the unavailable reply.
    if (signals.agentHoursQuestion && ext.unavailableTold !== undefined) return this.agentHours(input, ext);
    // "要等多久" / "how long is the wait" in the app right after being told nobody can take the conversation:
    // there is no queue to wait in (wait_answer.ts), never a branch queue ticket. On the lobby screen the
    // branch's own queue is what the customer was pointed to, so the flows answer it there.
    if (
      ctx.channel !== 'kiosk' &&
      !ext.active &&
      toldUnavailable(ext, turn) &&
      context.extensions['flow'] === undefined &&
      asksAboutTheWait(text)
    ) {
      save(context, { ...ext, offeredCallback: true, unavailableTold: turn });
      context.fallbackCount = ctx.session.context.fallbackCount;
      return {
        decision: { type: 'handoff', reason: ext.reasons.at(-1) ?? 'asked_for_human' },
        reply: notQueuedReply(ctx.locale, ext.callbackRequested),
        context,
      };
    }
    // "那我该怎么办" / "so what should I do now?" a few turns after a scam was told, out of the queue (it was left,
    // a callback took its place, or the card-misuse answer queued nothing): the next steps for that scam.
    const story = recentFraudStory(ext, turn);
    const askedWhy = asksWhyItIsAScam(text);
    if (
      story &&
      !ext.active &&
      context.extensions['flow'] === undefined &&
      (asksWhatToDo(text) || askedWhy)
    ) {
      save(context, { ...ext, fraudStory: { ...story, turn } });
      context.fallbackCount = ctx.session.context.fallbackCount;
      const stands = ext.callbackRequested ? say('fraudCallbackStands', ctx.locale) : null;
      return {
        decision: { type: 'intent', intent: 'fraud_report', confidence: 1, trigger: { type: 'answer' } },
        reply: fraudNextStepsReply({ ...story, askedWhy }, { open: false, stands }, ctx.locale, ctx.channel),
        context,
      };
    }
    // `ext` already holds this turn's trend (the session step saved it); the quiet period is from before.
    const verdict = this.policy.decide({ signals, understanding, decision, context, prev: ext, turn });
    if (!verdict) return this.notHandedOver(input, signals, ext);
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
      const told = toldUnavailable(ext, turn);
      save(context, {
        ...ext,
        reasons,
        offeredCallback: true,
        fallbackBase: context.fallbackCount,
        quietUntilTurn: turn + QUIET_TURNS,
        unavailableTold: turn,
      });
      room.emit('handoff.status', { state: 'unavailable', reason: verdict.reason });
      return {
        decision: { type: 'handoff', reason: verdict.reason },
        reply: told
          ? unavailableNotedReply(ctx.locale, notedFor(ext))
          : this.withArticle(
              unavailableReply(outcome.why, this.config.hours, ctx.locale, verdict.reason, ctx.channel),
              verdict.reason,
              input,
            ),
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
      reply: this.withArticle(
        queuedReply(verdict.reason, outcome.place, ctx.locale, ctx.channel),
        verdict.reason,
        input,
      ),
      context,
    };
  }

  /**
   * The team's service hours (`HANDOFF_HOURS`) and whether someone is online now: asked when agents are there,
   * the customer gets the hours rather than another "nobody is online" (not a handoff; a callback or an
   * appointment is offered when nobody is online).
   */
  private async agentHours(
    input: TurnStepInput,
    ext: HandoffExtension,
  ): Promise<Omit<TurnResult, 'understanding'>> {
    const { context, ctx } = input;
    const now = await this.service.availability(ctx.locale, ctx.now.getTime());
    if (now !== 'open') save(context, { ...ext, offeredCallback: true });
    // Answered: no fallback of the assistant's.
    context.fallbackCount = ctx.session.context.fallbackCount;
    return {
      decision: { type: 'intent', intent: 'human_agent', confidence: 1, trigger: { type: 'answer' } },
      reply: agentHoursReply(this.config.hours, now, ctx.locale),
      context,
    };
  }

  /**
   * No handoff this turn. Outside a flow, a bare call for help gets the menu and a language question its
   * answer; a message the assistant cannot place, soon after the customer was told nobody can take the
   * conversation, gets a short "I can't help with that", and how a person can follow it up (a callback, which
   * reads the transcript), or, once a callback is asked for, that whoever calls back will see it.
   */
  private notHandedOver(
    input: TurnStepInput,
    signals: TurnSignals,
    ext: HandoffExtension,
  ): Omit<TurnResult, 'understanding'> | null {
    const { context, ctx, decision } = input;
    if (context.extensions['flow'] !== undefined) return null;
    const turn = ctx.session.turnCount;
    const answer = signals.callForHelp
      ? helpMenuReply(ctx.locale, this.menu(ctx.locale))
      : signals.languageQuestion
        ? languageReply(ctx.locale)
        : null;
    const noted = answer === null && decision.type === 'fallback' && toldUnavailable(ext, turn);
    if (!answer && !noted) return null;
    // "讲个笑话" / "tell me a joke" soon after being told nobody can take it: the assistant's own reply to it and
    // one line on where things stand, never the callback offer again; it counts as no fallback either.
    if (noted && signals.smallTalk && this.normalReply) {
      context.fallbackCount = ctx.session.context.fallbackCount;
      const stands = say(
        ext.callbackRequested ? 'smallTalkCallbackBooked' : 'smallTalkNobodyOnline',
        ctx.locale,
      );
      const normal = this.normalReply(decision, input.understanding, ctx);
      return { decision, reply: smallTalkWhileWaiting(normal, stands, ctx.locale), context };
    }
    // Answered: no fallback of the assistant's (the pipeline counted one for a message it could not place).
    context.fallbackCount = ctx.session.context.fallbackCount;
    if (answer)
      return {
        decision: { type: 'intent', intent: 'greeting', confidence: 1, trigger: { type: 'answer' } },
        reply: answer,
        context,
      };
    save(context, { ...ext, unavailableTold: turn });
    return {
      decision: { type: 'handoff', reason: ext.reasons.at(-1) ?? 'asked_for_human' },
      reply: unplacedNoAgentsReply(ctx.locale, notedFor(ext)),
      context,
    };
  }
}

/** Whether a callback is asked for, so that "whoever calls you back will see it" is true. */
function notedFor(ext: HandoffExtension): NotedFor {
  return ext.callbackRequested ? 'callback' : 'none';
}
