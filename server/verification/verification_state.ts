/**
 * What a session knows about who the customer is, under `context.extensions.verification`. Bound to the
 * session (a new session starts unverified) and dropped after `idleMs` without use. Holds an opaque
 * customer id and a masked phone; never a code, a PIN or a full number.
 */
import { parseExtension, rememberValid } from '../session/parse_extension.ts';
import { z } from 'zod';
import type { DialogueContext } from '../session/session_record.ts';

export const VerificationState = z.object({
  /** The customer the session claims to be; verified only once `factors` is non-empty. */
  customerId: z.string().nullable().default(null),
  phoneMasked: z.string().optional(),
  /** Factors passed in this session ('otp', 'pin', ...). */
  factors: z.array(z.string()).default([]),
  verifiedAt: z.number().optional(),
  lastActiveAt: z.number().default(0),
  /** What the assistant asked for last. */
  pending: z.enum(['phone', 'otp', 'pin']).optional(),
  /**
   * Waiting for a code that was not sent: the phone had one moments ago for another conversation (the
   * resend cooldown), which does not work here. The session may ask for its own from this time (ms).
   */
  resendAt: z.number().optional(),
});
export type VerificationState = z.infer<typeof VerificationState>;

export const UNVERIFIED: VerificationState = { customerId: null, factors: [], lastActiveAt: 0 };

/** The session's verification, or UNVERIFIED when absent, malformed or idle for longer than `idleMs`. */
export function readVerification(context: DialogueContext, now: Date, idleMs: number): VerificationState {
  const state = parseExtension(VerificationState, context.extensions.verification);
  if (!state) return { ...UNVERIFIED };
  if (state.lastActiveAt > 0 && now.getTime() - state.lastActiveAt > idleMs) return { ...UNVERIFIED };
  return state;
}

export function writeVerification(context: DialogueContext, state: VerificationState): DialogueContext {
  rememberValid(VerificationState, state);
  return { ...context, extensions: { ...context.extensions, verification: state } };
}

export function isVerified(state: VerificationState): boolean {
  return state.customerId !== null && state.factors.length > 0;
}
