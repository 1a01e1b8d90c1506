/**
 * A text turn goes normalize -> understand -> decide -> respond. Each stage is a small interface so any of
 * them can be replaced (trained model, flows, handoff, LLM) and faked in tests.
 */
import type { Channel, Locale, Reply } from '../protocol/protocol.ts';
import type { DialogueContext, SessionRecord } from '../session/session_record.ts';
import type { Understanding } from '../nlu/understanding.ts';
import type { Decision } from '../dialogue/decision.ts';

export interface TurnContext {
  readonly session: Readonly<SessionRecord>;
  readonly channel: Channel;
  readonly locale: Locale;
  /**
   * The session's language before this message, when the message changed it (typed in the other language,
   * or asked for it: "switch to English"); `locale` is the new one. Undefined when it did not change.
   */
  readonly switchedFrom?: Locale;
  /**
   * The message as the customer typed it, before the normalize stage (traditional characters, full-width
   * text): what a person reading the conversation live is shown. Steps understand the normalized text.
   */
  readonly typed?: string;
  readonly now: Date;
  /** Cancels the turn (barge-in); steps that call out (an LLM, a vendor) pass it on. */
  readonly signal?: AbortSignal;
  /** Throws if the turn was cancelled: cheaper than reading `signal` where only a check is needed. */
  readonly throwIfCancelled?: () => void;
}

export interface Normalizer {
  normalize(text: string, locale: Locale): string;
}

export interface Understander {
  understand(text: string, ctx: TurnContext): Promise<Understanding>;
}

export interface DialoguePolicy {
  decide(understanding: Understanding, ctx: TurnContext): Decision;
}

/** What the respond stage produces; the session adds ids, locale and timestamps. */
export type ReplyDraft = Omit<Reply, 'replyId' | 'inReplyTo' | 'locale' | 'at'>;

export interface Responder {
  respond(decision: Decision, understanding: Understanding, ctx: TurnContext): ReplyDraft;
}

export interface TurnResult {
  understanding: Understanding;
  decision: Decision;
  /** null when nobody answers now (e.g. the message was forwarded to a human agent). */
  reply: ReplyDraft | null;
  /** The session's dialogue context after this turn. */
  context: DialogueContext;
}

export interface TurnStepInput {
  text: string;
  understanding: Understanding;
  /** What the default policy would do. */
  decision: Decision;
  /** The dialogue context as the default policy would leave it. */
  context: DialogueContext;
  ctx: TurnContext;
}

/**
 * A step that may take a turn before the default responder: fraud guard, handoff, a running flow,
 * verification, the language-model fallback. Steps run in order; the first to return a result takes the turn.
 * A step keeps its own state under `context.extensions[step.name]`.
 */
export interface TurnStep {
  readonly name: string;
  run(input: TurnStepInput): Promise<Omit<TurnResult, 'understanding'> | null>;
  /**
   * Asked when the turn reaches this step, before `run`: whether the message calls off what this step is
   * running and goes on to something else ("算了不查了，帮我看看附近网点几点关门"). Then the rest of the message
   * is a turn of its own, from the context the call-off leaves.
   */
  callOff?(text: string, ctx: TurnContext): CallOff | null;
}

/** A call-off at the front of a message (see `TurnStep.callOff`). */
export interface CallOff {
  /** What follows the call-off, taken as a message of its own. */
  rest: string;
  /** The dialogue context once what ran is called off: the session's, before this message, without it. */
  context: DialogueContext;
  /** Says that it was called off, in front of the reply to the rest. */
  acknowledge(reply: ReplyDraft): ReplyDraft;
}
