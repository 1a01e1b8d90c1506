/**
 * What the server remembers about one conversation. Validated when read back from a store, so a corrupt
 * or foreign record is treated as missing instead of crashing a turn.
 */
import { z } from 'zod';
import { Channel, Locale, SessionState, TranscriptRole } from '../protocol/protocol.ts';

export const DialogueContext = z
  .object({
    lastIntent: z.string().optional(),
    /** Intents offered as a clarifying question on the previous turn. */
    pendingClarify: z.array(z.string()).optional(),
    /** Consecutive-or-total honest fallbacks in this session (the handoff policy reads it). */
    fallbackCount: z.number().int().nonnegative().default(0),
    /** State of other stages (flows, verification, handoff), each under its own key. */
    extensions: z.record(z.string(), z.unknown()).default({}),
  })
  .default({ fallbackCount: 0, extensions: {} });
export type DialogueContext = z.infer<typeof DialogueContext>;

export const SessionRecord = z.object({
  id: z.string(),
  channel: Channel,
  locale: Locale,
  state: SessionState,
  createdAt: z.number().int(),
  lastActiveAt: z.number().int(),
  turnCount: z.number().int().nonnegative(),
  /** sha256 of the resume token; the token itself is never stored. */
  tokenHash: z.string(),
  context: DialogueContext,
});
export type SessionRecord = z.infer<typeof SessionRecord>;

/** One transcript entry as stored: text is always masked before it reaches a store. */
export const TranscriptEntry = z.object({
  id: z.string(),
  role: TranscriptRole,
  text: z.string(),
  at: z.number().int(),
  /** Structured facts about the turn (intent, confidence, decision, handoff reason...). */
  meta: z.record(z.string(), z.unknown()).optional(),
});
export type TranscriptEntry = z.infer<typeof TranscriptEntry>;
