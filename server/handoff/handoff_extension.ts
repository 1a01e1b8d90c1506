/**
 * What the handoff steps keep in the session's dialogue context (`context.extensions.handoff`), and the
 * risk flag a transfer flow reads (`context.extensions.risk`). The queue store in Redis is the truth about
 * whether a conversation is queued or with an agent; `active` here only mirrors it so the step knows to
 * tidy up when another node ended the handoff.
 */
import { z } from 'zod';
import type { DialogueContext } from '../session/session_record.ts';
import { parseExtension, rememberValid } from '../session/parse_extension.ts';
import { HandoffReason } from '../nlu/intent_catalog_schema.ts';
import { isSignature, signatureFromStored } from './sentiment/question_repetition.ts';

export const HandoffExtension = z.object({
  /** Sentiment trend (EWMA) after the last turn, and the per-turn scores for the agent's sparkline. */
  trend: z.number().default(0),
  series: z.array(z.number()).default([]),
  /**
   * Hashed bigram signatures of recent customer messages (no text); records saved by earlier versions
   * hold arrays of numbers, read into today's form.
   */
  recent: z
    .array(z.union([z.string().refine(isSignature), z.array(z.number())]).transform(signatureFromStored))
    .default([]),
  /** Mirror of the queue state: set while the session is queued or with an agent. */
  active: z.object({ reason: HandoffReason, since: z.number() }).optional(),
  /** `fallbackCount` when the last handoff ended, so repeated fallbacks are counted anew. */
  fallbackBase: z.number().int().nonnegative().default(0),
  /** Automatic (sentiment / fallback) handoffs are not offered again before this turn. */
  quietUntilTurn: z.number().int().nonnegative().default(0),
  /** A callback or appointment was offered because no agent was available. */
  offeredCallback: z.boolean().default(false),
  /** An unverified customer asked for a callback and was asked for a number to call. */
  callbackPhoneAsked: z.boolean().default(false),
  /**
   * A callback is registered in this conversation: whoever calls back reads it, so what the customer says
   * next can be "noted for the colleague who calls you back" (never said before one is asked for).
   */
  callbackRequested: z.boolean().default(false),
  /**
   * The turn the customer was last told that nobody can take the conversation now (or told it was noted):
   * later messages soon after get a short acknowledgement, not the same paragraph again.
   */
  unavailableTold: z.number().int().nonnegative().optional(),
  /**
   * What the customer told of a scam in this conversation (the warning's schemes, a code or card details given,
   * a card used without them) and the turn it was last told: "那我该怎么办" afterwards gets the next steps for it
   * (fraud/next_steps.ts), queued or not.
   */
  fraudStory: z
    .object({
      schemes: z.array(z.string()),
      codeGiven: z.boolean(),
      cardMisuse: z.boolean(),
      relativeInTrouble: z.boolean().optional(),
      turn: z.number().int().nonnegative(),
    })
    .optional(),
  /** Handoff reasons so far in this session, oldest first. */
  reasons: z.array(HandoffReason).default([]),
});
export type HandoffExtension = z.infer<typeof HandoffExtension>;

export const RiskFlag = z.object({
  hold: z.boolean(),
  reason: HandoffReason,
  schemes: z.array(z.string()),
  at: z.number(),
});
export type RiskFlag = z.infer<typeof RiskFlag>;

const EMPTY_HANDOFF = {};

/** Turns after being told nobody can take the conversation during which a message is only acknowledged. */
export const UNAVAILABLE_TOLD_TURNS = 5;

/** Turns after a scam was last told during which "what should I do now?" gets its next steps. */
export const FRAUD_STORY_TURNS = 8;

/** The scam told in this conversation, when it was told within the last few turns. */
export function recentFraudStory(
  ext: HandoffExtension,
  turn: number,
): NonNullable<HandoffExtension['fraudStory']> | null {
  const story = ext.fraudStory;
  return story && turn - story.turn <= FRAUD_STORY_TURNS ? story : null;
}

/** The story with what this message adds: its schemes, and a code given or a card misused if it says so. */
export function toldFraudStory(
  ext: HandoffExtension,
  told: { schemes: readonly string[]; codeGiven: boolean; cardMisuse: boolean; relativeInTrouble?: boolean },
  turn: number,
): NonNullable<HandoffExtension['fraudStory']> {
  const before = ext.fraudStory;
  return {
    schemes: [...new Set([...(before?.schemes ?? []), ...told.schemes])],
    codeGiven: (before?.codeGiven ?? false) || told.codeGiven,
    cardMisuse: (before?.cardMisuse ?? false) || told.cardMisuse,
    relativeInTrouble: (before?.relativeInTrouble ?? false) || (told.relativeInTrouble ?? false),
    turn,
  };
}

/** Whether the customer was told, within the last few turns, that nobody can take the conversation now. */
export function toldUnavailable(ext: HandoffExtension, turn: number): boolean {
  return ext.unavailableTold !== undefined && turn - ext.unavailableTold <= UNAVAILABLE_TOLD_TURNS;
}

export function readHandoff(context: DialogueContext): HandoffExtension {
  return (
    parseExtension(HandoffExtension, context.extensions['handoff'] ?? EMPTY_HANDOFF) ??
    HandoffExtension.parse({})
  );
}

export function withHandoff(context: DialogueContext, ext: HandoffExtension): DialogueContext {
  rememberValid(HandoffExtension, ext);
  return { ...context, extensions: { ...context.extensions, handoff: ext } };
}

export function withRisk(context: DialogueContext, risk: RiskFlag): DialogueContext {
  return { ...context, extensions: { ...context.extensions, risk } };
}

/**
 * Whether the customer has passed identity verification in this session (shown to the agent). The
 * verification stage owns `context.extensions.verification`; this reads it without depending on it.
 */
export function isVerified(context: DialogueContext): boolean {
  const v = context.extensions['verification'];
  if (v === true) return true;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    // server/verification/verification_state.ts: verified once a customer id has at least one factor.
    if (typeof o['customerId'] === 'string' && Array.isArray(o['factors'])) return o['factors'].length > 0;
    return o['verified'] === true || o['state'] === 'verified';
  }
  return false;
}
