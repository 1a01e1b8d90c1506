/**
 * One-time SMS codes: 6 random digits (crypto.randomInt), stored only as an HMAC bound to the session,
 * single-use (taken atomically on success), expiring after `ttlMs`, with a resend cooldown per customer.
 * A code never reaches a log, the transcript or the session record.
 */
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import type { TtlStore } from './ttl_store.ts';
import type { FactorCheck, VerificationSubject, Verifier } from './verifier.ts';

export interface OtpOptions {
  ttlMs: number;
  resendCooldownMs: number;
  digits: number;
}

export const DEFAULT_OTP: OtpOptions = { ttlMs: 5 * 60_000, resendCooldownMs: 60_000, digits: 6 };

interface Challenge {
  /** HMAC of session id and code. */
  h: string;
  /** Customer the code was sent to; null for an unknown phone (no code was sent, nothing matches). */
  c: string | null;
  /** Expiry, ms since epoch. */
  e: number;
  /** The cooldown key it was issued under (a resend for an unknown phone reuses it). */
  k?: string;
}

export type OtpIssue =
  { status: 'issued'; code: string; expiresAt: number } | { status: 'cooldown'; retryInMs: number };

export class OtpVerifier implements Verifier {
  readonly factor = 'otp' as const;

  constructor(
    private readonly store: TtlStore,
    private readonly secret: () => Promise<string>,
    readonly options: OtpOptions = DEFAULT_OTP,
  ) {}

  /**
   * Creates a new challenge for the session (replacing any earlier one, so older codes die) unless the
   * cooldown for `cooldownKey` is running. The caller sends the returned code; it is not stored.
   */
  async issue(
    sessionId: string,
    customerId: string | null,
    cooldownKey: string,
    now: Date,
  ): Promise<OtpIssue> {
    const cooldown = `cooldown:${cooldownKey}`;
    const { resendCooldownMs } = this.options;
    if (resendCooldownMs > 0 && !(await this.store.setIfAbsent(cooldown, '1', resendCooldownMs)))
      return { status: 'cooldown', retryInMs: await this.store.ttlMs(cooldown) };
    const code = randomInt(0, 10 ** this.options.digits)
      .toString()
      .padStart(this.options.digits, '0');
    const expiresAt = now.getTime() + this.options.ttlMs;
    const challenge: Challenge = {
      h: await this.digest(sessionId, code),
      c: customerId,
      e: expiresAt,
      k: cooldownKey,
    };
    await this.store.set(`otp:${sessionId}`, JSON.stringify(challenge), this.options.ttlMs);
    return { status: 'issued', code, expiresAt };
  }

  async check(subject: VerificationSubject, response: string, now: Date): Promise<FactorCheck> {
    const raw = await this.store.get(`otp:${subject.sessionId}`);
    if (!raw) return { status: 'expired' };
    const challenge = JSON.parse(raw) as Challenge;
    if (challenge.e <= now.getTime()) {
      await this.store.del(`otp:${subject.sessionId}`);
      return { status: 'expired' };
    }
    const expected = Buffer.from(challenge.h, 'hex');
    const actual = Buffer.from(await this.digest(subject.sessionId, response), 'hex');
    if (challenge.c === null || !timingSafeEqual(expected, actual)) return { status: 'failed' };
    // Single use: of two concurrent submissions of the right code only one takes the challenge.
    if ((await this.store.take(`otp:${subject.sessionId}`)) === null) return { status: 'expired' };
    return { status: 'ok', customerId: challenge.c };
  }

  /** The session holds a live code sent to `customerId` (null: the unknown phone it gave). */
  async hasChallenge(sessionId: string, customerId: string | null, now: Date): Promise<boolean> {
    const raw = await this.store.get(`otp:${sessionId}`);
    if (!raw) return false;
    const challenge = JSON.parse(raw) as Challenge;
    return challenge.c === customerId && challenge.e > now.getTime();
  }

  /** The cooldown key of the session's live challenge, if any. */
  async cooldownKeyOf(sessionId: string): Promise<string | null> {
    const raw = await this.store.get(`otp:${sessionId}`);
    return raw ? ((JSON.parse(raw) as Challenge).k ?? null) : null;
  }

  /** How long until `cooldownKey` may be sent another code (0: now). */
  cooldownLeftMs(cooldownKey: string): Promise<number> {
    return this.options.resendCooldownMs > 0
      ? this.store.ttlMs(`cooldown:${cooldownKey}`)
      : Promise.resolve(0);
  }

  /** Drops the session's challenge (lockout, cancel). */
  async discard(sessionId: string): Promise<void> {
    await this.store.del(`otp:${sessionId}`);
  }

  private async digest(sessionId: string, code: string): Promise<string> {
    return createHmac('sha256', await this.secret())
      .update(`${sessionId}:${code}`)
      .digest('hex');
  }
}
