/**
 * One verification factor. The sandbox ships a one-time SMS code and a transaction PIN; a face or voiceprint
 * vendor plugs in as another `Verifier` (its client sends a vendor token as the response) and a level lists
 * the factors it needs (see `verification_levels.ts`). Lockouts are applied around every factor by the
 * VerificationService, so a vendor verifier need not count failures itself.
 */
export type VerificationFactor = 'otp' | 'pin' | 'face' | 'voiceprint';

export interface VerificationSubject {
  sessionId: string;
  /** The customer the session claims to be (from the phone on file), null when the phone is unknown. */
  customerId: string | null;
}

export type FactorCheck =
  | { status: 'ok'; customerId: string }
  | { status: 'failed' }
  /** No live challenge: expired, already used, or never issued. */
  | { status: 'expired' };

export interface Verifier {
  readonly factor: VerificationFactor;
  check(subject: VerificationSubject, response: string, now: Date): Promise<FactorCheck>;
}
