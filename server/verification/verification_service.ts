/**
 * Identity verification for a session: the customer gives the phone on file (a `phone` entity), receives a
 * one-time code by SMS, submits it with `verify.submit`; money movements add the transaction PIN. Failures
 * count per customer (per session for unknown phones) and lock all factors after five. An unknown phone gets
 * the same answer as a known one ("a code was sent"), so the assistant cannot be used to probe for customers.
 * Codes are bound to the session, and one phone gets at most one text per resend cooldown (against SMS
 * flooding): a second conversation asking within it is not told "a code was sent" (that code only works in
 * the first), but when it may ask for its own (`resendAt`).
 */
import { createHash } from 'node:crypto';
import type { CoreBanking } from '../banking/core_banking.ts';
import type { Logger } from '../logger.ts';
import type { Locale } from '../protocol/protocol.ts';
import { maskSensitive } from '../privacy/mask.ts';
import type { Lockout } from './lockout.ts';
import type { OtpVerifier } from './otp_verifier.ts';
import type { SmsGateway } from './sms_gateway.ts';
import type { VerificationState } from './verification_state.ts';
import type { VerificationFactor, Verifier } from './verifier.ts';

export type StartOutcome =
  | { status: 'sent'; state: VerificationState }
  /**
   * No code sent: one went to this phone less than the cooldown ago. `codeHere`: it was for this session,
   * which can still use it; otherwise it was for another conversation and `state.resendAt` says when this
   * one may ask for its own.
   */
  | { status: 'cooldown'; state: VerificationState; retryInSec: number; codeHere: boolean }
  | { status: 'locked'; state: VerificationState; lockedForMin: number };

export type SubmitOutcome =
  | { status: 'ok'; state: VerificationState }
  | { status: 'failed'; remaining: number }
  | { status: 'expired' }
  | { status: 'locked'; lockedForMin: number; state: VerificationState };

/**
 * What a customer waiting for their code may be told about it ("I forgot the code", "没收到验证码"): the
 * rules the service applies, and where this session stands. The same for an unknown phone as for a known
 * one, so it tells nobody whether a number banks here.
 */
export interface CodeStatus {
  /** The session holds a code it can still use (false: it expired). */
  live: boolean;
  /** Seconds until a new code may be sent (0: now). */
  resendInSec: number;
  /** How long a code is valid. */
  validMin: number;
  /** Wrong codes or PINs within `failureWindowMin` that lock verification for `lockMin`. */
  maxFailures: number;
  failureWindowMin: number;
  lockMin: number;
}

export interface VerificationDeps {
  core: CoreBanking;
  sms: SmsGateway;
  otp: OtpVerifier;
  /** Every factor's verifier, the OTP one included; vendors add face or voiceprint here. */
  verifiers: Verifier[];
  lockout: Lockout;
  logger: Logger;
}

const smsText = (locale: Locale, code: string, minutes: number): string =>
  locale === 'zh-CN'
    ? `【沙盒银行】验证码${code}，${minutes}分钟内有效。请勿将验证码告诉任何人，银行工作人员不会向您索要。`
    : `[Sandbox Bank] Your code is ${code}, valid for ${minutes} minutes. Never share it with anyone; bank staff will never ask for it.`;

export class VerificationService {
  constructor(private readonly deps: VerificationDeps) {}

  private subject(sessionId: string, customerId: string | null): string {
    return customerId ?? `session:${sessionId}`;
  }

  private async lockedForMin(subject: string): Promise<number> {
    const ms = await this.deps.lockout.lockedForMs(subject);
    return ms > 0 ? Math.max(1, Math.ceil(ms / 60_000)) : 0;
  }

  /** The customer typed a phone number: find them and send a code (or say why not). */
  async startWithPhone(
    sessionId: string,
    phone: string,
    prev: VerificationState,
    locale: Locale,
    now: Date,
  ): Promise<StartOutcome> {
    const customer = await this.deps.core.findCustomerByPhone(phone);
    const customerId = customer?.id ?? null;
    const sameCustomer = customerId !== null && customerId === prev.customerId;
    const state: VerificationState = {
      customerId,
      phoneMasked: maskSensitive(phone),
      factors: sameCustomer ? prev.factors : [],
      ...(sameCustomer && prev.verifiedAt ? { verifiedAt: prev.verifiedAt } : {}),
      lastActiveAt: now.getTime(),
      pending: 'otp',
    };
    return this.send(sessionId, state, phone, locale, now);
  }

  /** Sends a fresh code to the phone the session gave (subject to the cooldown). */
  async resend(sessionId: string, prev: VerificationState, locale: Locale, now: Date): Promise<StartOutcome> {
    const phone = prev.customerId
      ? ((await this.deps.core.getCustomer(prev.customerId))?.phone ?? null)
      : null;
    const state: VerificationState = { ...prev, pending: 'otp', lastActiveAt: now.getTime() };
    // An unknown phone's number is not kept: its resend cools down under the key its first code had, so
    // that it answers as a known phone's would (no probing for customers by pressing resend).
    const key = prev.customerId ? null : await this.deps.otp.cooldownKeyOf(sessionId);
    return this.send(sessionId, state, phone, locale, now, key);
  }

  private async send(
    sessionId: string,
    state: VerificationState,
    phone: string | null,
    locale: Locale,
    now: Date,
    key: string | null = null,
  ): Promise<StartOutcome> {
    const subject = this.subject(sessionId, state.customerId);
    const lockedForMin = await this.lockedForMin(subject);
    if (lockedForMin > 0) return { status: 'locked', state: { ...state, pending: undefined }, lockedForMin };
    const cooldownKey = state.customerId ?? key ?? `phone:${hashPhone(phone ?? sessionId)}`;
    const issued = await this.deps.otp.issue(sessionId, state.customerId, cooldownKey, now);
    if (issued.status === 'cooldown') {
      const retryInSec = Math.max(1, Math.ceil(issued.retryInMs / 1000));
      // Only a code this session holds may be called "sent"; a new session (or another phone) waits for
      // its own, and the cooldown still guards the phone against a flood of texts.
      if (await this.deps.otp.hasChallenge(sessionId, state.customerId, now))
        return { status: 'cooldown', state, retryInSec, codeHere: true };
      const waiting = { ...state, resendAt: now.getTime() + retryInSec * 1000 };
      return { status: 'cooldown', state: waiting, retryInSec, codeHere: false };
    }
    const sent: VerificationState = { ...state };
    delete sent.resendAt;
    if (phone && state.customerId) {
      const minutes = Math.round(this.deps.otp.options.ttlMs / 60_000);
      await this.deps.sms.send(phone, smsText(locale, issued.code, Math.max(1, minutes)));
    }
    this.deps.logger.info(
      { sessionId, phone: state.phoneMasked, known: state.customerId !== null },
      'verification code issued',
    );
    return { status: 'sent', state: sent };
  }

  /** The code the session waits for, and the rules that apply to it (see `CodeStatus`). */
  async codeStatus(sessionId: string, state: VerificationState, now: Date): Promise<CodeStatus> {
    const { otp, lockout } = this.deps;
    const minutes = (ms: number): number => Math.max(1, Math.round(ms / 60_000));
    const key = (await otp.cooldownKeyOf(sessionId)) ?? state.customerId;
    const leftMs = key ? await otp.cooldownLeftMs(key) : 0;
    return {
      live: await otp.hasChallenge(sessionId, state.customerId, now),
      resendInSec: leftMs > 0 ? Math.ceil(leftMs / 1000) : 0,
      validMin: minutes(otp.options.ttlMs),
      maxFailures: lockout.policy.maxFailures,
      failureWindowMin: minutes(lockout.policy.windowMs),
      lockMin: minutes(lockout.policy.lockMs),
    };
  }

  /** A code or PIN from `verify.submit`, checked against what the session is waiting for. */
  async submit(
    sessionId: string,
    prev: VerificationState,
    factor: VerificationFactor,
    response: string,
    now: Date,
  ): Promise<SubmitOutcome> {
    const subject = this.subject(sessionId, prev.customerId);
    const lockedForMin = await this.lockedForMin(subject);
    if (lockedForMin > 0) return { status: 'locked', lockedForMin, state: { ...prev, pending: undefined } };
    // Only the factor the assistant asked for counts: a reused OTP after success is refused here.
    if (prev.pending !== factor) return { status: 'expired' };
    const verifier = this.deps.verifiers.find((v) => v.factor === factor);
    if (!verifier) return { status: 'expired' };
    const result = await verifier.check({ sessionId, customerId: prev.customerId }, response, now);
    const log = this.deps.logger;
    if (result.status === 'ok' && result.customerId === prev.customerId) {
      await this.deps.lockout.clear(subject);
      log.info({ sessionId, factor, outcome: 'ok' }, 'verification attempt');
      const factors = [...new Set([...prev.factors, factor])];
      return {
        status: 'ok',
        state: {
          ...prev,
          factors,
          verifiedAt: now.getTime(),
          lastActiveAt: now.getTime(),
          pending: undefined,
        },
      };
    }
    if (result.status === 'expired') {
      log.info({ sessionId, factor, outcome: 'expired' }, 'verification attempt');
      return { status: 'expired' };
    }
    const { locked, remaining } = await this.deps.lockout.fail(subject);
    log.warn({ sessionId, factor, outcome: locked ? 'locked' : 'failed', remaining }, 'verification attempt');
    if (!locked) return { status: 'failed', remaining };
    await this.deps.otp.discard(sessionId);
    return {
      status: 'locked',
      lockedForMin: Math.ceil(this.deps.lockout.policy.lockMs / 60_000),
      state: { ...prev, factors: [], pending: undefined },
    };
  }
}

function hashPhone(phone: string): string {
  return createHash('sha256').update(phone).digest('hex').slice(0, 24);
}
