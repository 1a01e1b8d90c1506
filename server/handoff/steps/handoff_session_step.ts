/**
 * Order 0. While the session is handed over (its record's `active`, or a ticket this node queued lately),
 * reads the ticket from the queue store every turn (never from the cached record: an agent on another node
 * may have changed it) and:
 *  - with an agent: the message goes to the agent (live, masked); no assistant reply (reply null); nothing
 *    typed ends that chat (`handoff.cancel` does, and the agent is told);
 *  - queued: the message is passed on and the customer is told their place (in the language's queue they
 *    switched to, when they switched: `HandoffService.followLanguage`); the "stop waiting" quick reply
 *    (or a phrase like it, `queue_cancel.ts`) leaves the queue;
 *  - queued but nobody can take it now (no agent online, outside hours; a fraud case waits flagged): the
 *    message is kept for the agent and the customer told so honestly, with a callback or an appointment
 *    offered; a callback request is registered in place of the queue entry (one contact: the call), and a
 *    flow (the appointment) is left to the assistant;
 *  - ended on another node (returned, closed): tidies the session state and lets the assistant answer;
 *  - a callback was offered and the customer asks for one: it is registered.
 * In a fraud case "那我该怎么办" / "what should I do now?" gets the next steps for the scam told
 * (fraud/next_steps.ts), and small talk while queued ("讲个笑话") the assistant's normal reply with one line on
 * where the case stands (small_talk_while_waiting.ts).
 * Customer messages passed on live carry their entities' values, masked (`agentLines`), as stored lines do.
 * It also records this turn's sentiment trend in `context.extensions.handoff`, even when no step takes
 * the turn (it updates the turn's fresh context object in place, which the pipeline keeps).
 */
import type { Decision } from '../../dialogue/decision.ts';
import { maskCustomerMessage, maskSensitive } from '../../privacy/mask.ts';
import type { TurnStep, TurnStepInput, TurnResult } from '../../pipeline/stages.ts';
import type { DialogueContext } from '../../session/session_record.ts';
import type { HandoffReason } from '../../nlu/intent_catalog_schema.ts';
import type { HandoffPolicy } from '../handoff_policy.ts';
import {
  HandoffExtension,
  isVerified,
  readHandoff,
  toldFraudStory,
  toldUnavailable,
  type RiskFlag,
} from '../handoff_extension.ts';
import { rememberValid } from '../../session/parse_extension.ts';
import type { HandoffTicket } from '../handoff_queue.ts';
import {
  callbackReply,
  cancelledReply,
  fraudFollowUpReply,
  fraudCaseStandsReply,
  fraudNextStepsReply,
  stillQueuedReply,
  unavailableNotedReply,
  waitingNoAgentsReply,
} from '../handoff_replies.ts';
import type { HandoffService } from '../handoff_service.ts';
import { agentLines } from '../conversation_summary.ts';
import { cancelsQueue } from '../queue_cancel.ts';
import { asksToGetMoneyBack } from '../fraud/money_back_question.ts';
import { asksWhatToDo, type FraudStory } from '../fraud/next_steps.ts';
import { asksWhyItIsAScam, describesRelativeInTrouble } from '../fraud/why_a_scam.ts';
import { saysCodeWasGiven } from '../fraud/code_already_given.ts';
import { describesCardMisuse } from '../fraud/card_misuse.ts';
import { say } from '../handoff_messages.ts';
import { smallTalkWhileWaiting, type NormalReply } from '../small_talk_while_waiting.ts';
import { saysTheyStoppedPaying } from '../fraud/stopped_paying.ts';
import { questionWhileWaiting } from '../question_while_waiting.ts';
import { asksAboutTheWait } from '../wait_question.ts';
import { waitAnswerReply, waitUnknownReply } from '../wait_answer.ts';
import { FLOWS } from '../../flows/flow_definitions.ts';
import { readFlow } from '../../flows/flow_state.ts';
import type { TurnSignalsCache } from './turn_signals_cache.ts';

const CALLBACK = /预约回电|回电|给我回(个)?电话|request a callback|call me back|\bcallback\b/i;
/** Turns after a handoff ends before sentiment or fallbacks may escalate again. */
export const QUIET_TURNS = 3;

type StepResult = Omit<TurnResult, 'understanding'>;

export class HandoffSessionStep implements TurnStep {
  readonly name = 'handoff';

  constructor(
    private readonly service: HandoffService,
    private readonly signals: TurnSignalsCache,
    private readonly policy: HandoffPolicy,
    /** The assistant's normal reply, for small talk while waiting (small_talk_while_waiting.ts). */
    private readonly normalReply: NormalReply | null = null,
  ) {}

  async run(input: TurnStepInput): Promise<StepResult | null> {
    const { text, context, ctx } = input;
    const sessionId = ctx.session.id;
    const turn = ctx.session.turnCount;
    let prev = readHandoff(context);
    let ticket = await this.service.ticketOf(sessionId, prev.active !== undefined);

    if (!ticket && prev.active) {
      // Returned, closed or cancelled (possibly on another node): back to the assistant, with a pause
      // before sentiment or fallbacks can escalate again.
      prev = {
        ...prev,
        active: undefined,
        fallbackBase: context.fallbackCount,
        quietUntilTurn: turn + QUIET_TURNS,
        trend: 0,
        recent: [],
      };
    }
    const signals = this.signals.get(context, text, prev);
    let next: HandoffExtension = signals.next;
    save(context, next);

    if (prev.callbackPhoneAsked) {
      // The number to call back an unverified customer on: asked once, then the conversation moves on. An
      // agent who has joined meanwhile is the contact: the message goes to them.
      next = { ...next, callbackPhoneAsked: false };
      save(context, next);
      const phone = input.understanding.entities.find((e) => e.type === 'phone');
      if (phone && ticket?.state !== 'with_agent') {
        const reason = ticket?.reason ?? prev.reasons.at(-1) ?? 'asked_for_human';
        const digits = String(phone.value);
        const outcome = await this.service.callback({
          sessionId,
          locale: ctx.locale,
          channel: ctx.channel,
          verified: false,
          reason,
          phone: digits,
          ...(ticket ? { schemes: ticket.schemes } : {}),
        });
        if (outcome.kind === 'registered')
          return this.callbackRegistered(
            input,
            next,
            reason,
            outcome.leftQueue !== null,
            maskSensitive(digits),
          );
        ticket = await this.service.ticketOf(sessionId, true); // an agent claimed it just now
      }
    }

    if (ticket && ctx.switchedFrom !== undefined)
      ticket = await this.service.followLanguage(ticket, ctx.locale, ctx.now.getTime());

    if (ticket) {
      next = { ...next, active: next.active ?? { reason: ticket.reason, since: ticket.enqueuedAt } };
      save(context, next);
      if (
        ticket.state === 'queued' &&
        cancelsQueue(text, ticket.reason) &&
        (await this.service.cancelByCustomer(sessionId, ctx.locale))
      ) {
        save(context, this.afterHandoff(next, context, turn));
        return this.take(context, cancelledReply(ctx.locale), { type: 'handoff', reason: ticket.reason });
      }
      const fraud = this.policy.fraud({
        signals,
        understanding: input.understanding,
        decision: input.decision,
      });
      if (fraud && ticket.state === 'queued' && ticket.reason !== 'fraud_risk') return null; // the fraud step upgrades it
      if (fraud)
        save(context, next, {
          hold: true,
          reason: 'fraud_risk',
          schemes: signals.fraud.schemes,
          at: ctx.now.getTime(),
        });
      // As the console will read it from the store: intent, entity types and their values, masked, so its
      // summary ("mentioned") keeps up with what the customer tells the agent live.
      const [line] = agentLines(
        [
          {
            id: `c-${ctx.now.getTime()}-${turn}`,
            role: 'customer',
            // As typed ("我的卡丟了") and masked as the stored transcript is (a bare code as stars), not as
            // normalized for understanding.
            text: maskCustomerMessage(ctx.typed ?? text),
            at: ctx.now.getTime(),
            meta: {
              intent: input.understanding.intent.top?.intent ?? null,
              sentiment: signals.turnScore,
              entities: input.understanding.entities.map((e) => e.type),
            },
          },
        ],
        { locale: ctx.locale },
      );
      if (line) this.service.forwardToAgents(sessionId, line);
      // A fraud case keeps what the customer tells of it (a code given since, another scheme), for "what now?".
      if (ticket.reason === 'fraud_risk') {
        const fraudStory = toldFraudStory(
          next,
          {
            schemes: [...ticket.schemes, ...signals.fraud.schemes],
            codeGiven: saysCodeWasGiven(text),
            cardMisuse: describesCardMisuse(text),
            relativeInTrouble: describesRelativeInTrouble(text),
          },
          turn,
        );
        next = { ...next, fraudStory };
        save(context, next);
      }
      // "我已停止转账" (the warning's quick reply), "我不转了", "I didn't send anything" in a fraud case: the classifier
      // reads a transfer in it, but the customer says the payment is off. The short advice acknowledges it, and a
      // payment flow that was running is dropped, so none is started or resumed ("我们继续刚才的业务…").
      const stopped = ticket.reason === 'fraud_risk' && saysTheyStoppedPaying(text);
      if (stopped) dropPaymentFlow(context);
      // "被骗的钱还能追回来吗" / "can I get my money back?": what gives the money a chance, not the same advice again.
      const moneyBack = ticket.reason === 'fraud_risk' && !stopped && asksToGetMoneyBack(text);
      // "那我该怎么办" / "so what should I do now?": the next steps for the scam told, not the advice again; "这有什么
      // 问题吗" / "why not?": why it is a scam first (fraud/why_a_scam.ts).
      const askedWhy = asksWhyItIsAScam(text);
      const story: FraudStory | null =
        ticket.reason === 'fraud_risk' && !stopped && !moneyBack && (asksWhatToDo(text) || askedWhy)
          ? {
              ...(next.fraudStory ?? { schemes: ticket.schemes, codeGiven: false, cardMisuse: false }),
              askedWhy,
            }
          : null;
      if (ticket.state === 'with_agent') return { decision: { type: 'agent' }, reply: null, context };
      if ((await this.service.availability(ticket.locale, ctx.now.getTime())) !== 'open')
        return this.nobodyOnline(input, ticket, next, fraud !== null, stopped, moneyBack, story);
      const place = (await this.service.placeOf(ticket)) ?? { position: 1, etaSec: 0 };
      if (story)
        return this.take(
          context,
          fraudNextStepsReply(story, { open: true, place }, ctx.locale, ctx.channel),
          { type: 'handoff', reason: ticket.reason },
        );
      // "讲个笑话" in the queue: the assistant's own reply to it, and that the customer is still in line.
      const chat =
        !fraud && !stopped && !moneyBack ? this.smallTalk(input, say('smallTalkQueued', ctx.locale)) : null;
      if (chat) return this.take(context, chat, { type: 'handoff', reason: ticket.reason });
      // "要等多久" / "how long is the wait": the place and the estimated wait (wait_question.ts).
      if (!fraud && !stopped && !moneyBack && asksAboutTheWait(text))
        return this.take(context, waitAnswerReply(place, ctx.locale, ticket.reason === 'fraud_risk'), {
          type: 'handoff',
          reason: ticket.reason,
        });
      // "你们几点关门" while waiting: the article's answer, then the place (question_while_waiting.ts).
      const answered =
        fraud || stopped || moneyBack
          ? null
          : questionWhileWaiting(
              input,
              { reason: ticket.reason, stands: stillQueuedReply(place, ctx.locale) },
              ctx.locale,
            );
      // A fraud case: the short advice again with the place, never the whole warning.
      const reply =
        answered ??
        (ticket.reason === 'fraud_risk'
          ? fraudFollowUpReply(place, ctx.locale, ctx.channel, stopped, moneyBack)
          : stillQueuedReply(place, ctx.locale));
      return this.take(context, reply, { type: 'handoff', reason: ticket.reason });
    }

    if (prev.offeredCallback && CALLBACK.test(text)) {
      const reason = prev.reasons.at(-1) ?? 'asked_for_human';
      return this.requestCallback(input, next, reason, null);
    }
    return null;
  }

  /**
   * Queued, and nobody can take it now: a callback, the assistant for a flow, or an honest "still waiting":
   * in a fraud case the short advice (no transfer, no codes, hang up, 96110) and that the case is flagged;
   * otherwise told once in full, then acknowledged as noted for the agent.
   */
  private async nobodyOnline(
    input: TurnStepInput,
    ticket: HandoffTicket,
    ext: HandoffExtension,
    fraudNow: boolean,
    stopped: boolean,
    moneyBack = false,
    /** What the customer told of the scam, when they ask what to do now (fraud/next_steps.ts). */
    story: FraudStory | null = null,
  ): Promise<StepResult | null> {
    const { text, context, ctx, decision } = input;
    const handoff: Decision = { type: 'handoff', reason: ticket.reason };
    if (CALLBACK.test(text)) return this.requestCallback(input, ext, ticket.reason, ticket);
    const fraudCase = ticket.reason === 'fraud_risk';
    // "要等多久" / "how long is the wait": no estimate while nobody can take it, and where the case stands; never
    // the branch queue-ticket flow the intent model hears in it (wait_question.ts).
    if (!fraudNow && !stopped && !moneyBack && asksAboutTheWait(text)) {
      save(context, { ...ext, offeredCallback: true, unavailableTold: ctx.session.turnCount });
      return this.take(context, waitUnknownReply(ctx.locale, fraudCase), handoff);
    }
    // "预约网点办理", or an answer inside the flow it started: the assistant can do that meanwhile. Not "他们现在催我
    // 转账" in a fraud case, which reads as a transfer: that is the scam going on; nor "我已停止转账", which says
    // the payment is off.
    const flowTurn =
      context.extensions['flow'] !== undefined ||
      (decision.type === 'intent' && decision.trigger.type === 'flow');
    if (flowTurn && !(fraudCase && (fraudNow || stopped || moneyBack || story))) return null;
    const turn = ctx.session.turnCount;
    const told = toldUnavailable(ext, turn);
    save(context, { ...ext, offeredCallback: true, unavailableTold: turn });
    // "你们几点关门" while nobody can take the case: the article's answer, then where the case stands.
    const answered =
      fraudNow || stopped || moneyBack
        ? null
        : questionWhileWaiting(
            input,
            {
              reason: ticket.reason,
              stands: fraudCase
                ? fraudCaseStandsReply(ctx.locale)
                : unavailableNotedReply(ctx.locale, 'queued'),
            },
            ctx.locale,
          );
    if (answered) return this.take(context, answered, handoff);
    if (story)
      return this.take(
        context,
        fraudNextStepsReply(story, { open: true, place: null }, ctx.locale, ctx.channel),
        handoff,
      );
    // "讲个笑话" while nobody can take the case: the assistant's own reply to it, and one line on where it stands.
    const chat =
      fraudNow || stopped || moneyBack
        ? null
        : this.smallTalk(
            input,
            fraudCase ? say('fraudFollowUpNoAgents', ctx.locale) : say('smallTalkNobodyOnline', ctx.locale),
          );
    if (chat) return this.take(context, chat, handoff);
    const reply = fraudCase
      ? fraudFollowUpReply(null, ctx.locale, ctx.channel, stopped, moneyBack)
      : told
        ? unavailableNotedReply(ctx.locale, 'queued')
        : waitingNoAgentsReply(ticket.reason, ctx.locale, ctx.channel);
    return this.take(context, reply, handoff);
  }

  /** Small talk ("讲个笑话") answered as the assistant answers it, then where the case stands; else null. */
  private smallTalk(input: TurnStepInput, stands: string): StepResult['reply'] {
    const { text, context, ctx, understanding, decision } = input;
    if (!this.normalReply) return null;
    if (!this.signals.get(context, text, readHandoff(context)).smallTalk) return null;
    return smallTalkWhileWaiting(this.normalReply(decision, understanding, ctx), stands, ctx.locale);
  }

  private afterHandoff(ext: HandoffExtension, context: DialogueContext, turn: number): HandoffExtension {
    return {
      ...ext,
      active: undefined,
      fallbackBase: context.fallbackCount,
      quietUntilTurn: turn + QUIET_TURNS,
      trend: 0,
      recent: [],
    };
  }

  /**
   * A callback request: registered at once for a verified customer, whose number the bank holds; an
   * unverified customer is asked for a number first (the next turn registers it), never told "we'll call the
   * number registered with us" when we do not know who they are. A registered callback takes the place of
   * the customer's place in the queue (`HandoffService.callback`): one contact.
   */
  private async requestCallback(
    input: TurnStepInput,
    ext: HandoffExtension,
    reason: HandoffReason,
    ticket: HandoffTicket | null,
  ): Promise<StepResult> {
    const { context, ctx } = input;
    const handoff: Decision = { type: 'handoff', reason };
    if (!isVerified(context)) {
      save(context, { ...ext, offeredCallback: false, callbackPhoneAsked: true });
      return this.take(context, callbackReply(ctx.locale, { askPhone: true }), handoff);
    }
    const outcome = await this.service.callback({
      sessionId: ctx.session.id,
      locale: ctx.locale,
      channel: ctx.channel,
      verified: true,
      reason,
      ...(ticket ? { schemes: ticket.schemes } : {}),
    });
    // An agent claimed the conversation just now: the message went to them, and they are the contact.
    if (outcome.kind === 'with_agent') return { decision: { type: 'agent' }, reply: null, context };
    return this.callbackRegistered(input, ext, reason, outcome.leftQueue !== null);
  }

  /** The customer is told the callback is registered and, when it replaced their place in the queue, so. */
  private callbackRegistered(
    input: TurnStepInput,
    ext: HandoffExtension,
    reason: HandoffReason,
    leftQueue: boolean,
    to?: string,
  ): StepResult {
    const { context, ctx } = input;
    const after = leftQueue ? this.afterHandoff(ext, context, ctx.session.turnCount) : ext;
    save(context, { ...after, offeredCallback: false, callbackRequested: true });
    const reply = callbackReply(ctx.locale, {
      ...(to ? { to } : {}),
      leftQueue,
      fraud: reason === 'fraud_risk',
      channel: ctx.channel,
    });
    return this.take(context, reply, { type: 'handoff', reason });
  }

  private take(context: DialogueContext, reply: StepResult['reply'], decision: Decision): StepResult {
    return { decision, reply, context };
  }
}

/** Ends a running flow that moves money (a transfer, a bill payment) in the turn's context object. */
function dropPaymentFlow(context: DialogueContext): void {
  const flow = readFlow(context);
  if (flow && FLOWS[flow.flow].risk) delete context.extensions['flow'];
}

/**
 * Writes the handoff state (and the risk flag) into the turn's context object. The object is the fresh
 * copy the pipeline made for this turn, so the previous record is untouched.
 */
export function save(context: DialogueContext, ext: HandoffExtension, risk?: RiskFlag): void {
  rememberValid(HandoffExtension, ext);
  context.extensions['handoff'] = ext;
  if (risk) context.extensions['risk'] = risk;
}
