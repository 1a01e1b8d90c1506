/**
 * Every failure of a language-model call, classified so callers can decide: `aborted` is the customer
 * barging in (not a fault), `circuit_open` means the call was not even tried, the rest are provider faults.
 */

export type LlmErrorKind =
  | 'aborted'
  | 'circuit_open'
  | 'timeout'
  | 'rate_limited'
  | 'server_error'
  | 'client_error'
  | 'connection'
  | 'bad_response';

const CONFIG_FAULTS = new Set([401, 403, 404]);

export class LlmError extends Error {
  override name = 'LlmError';
  constructor(
    readonly kind: LlmErrorKind,
    message: string,
    readonly details: { status?: number; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
  }

  /**
   * Whether trying again (after a back-off) may succeed. A timeout is not retried: the customer has already
   * waited the whole budget.
   */
  get retryable(): boolean {
    return this.kind === 'rate_limited' || this.kind === 'server_error' || this.kind === 'connection';
  }

  /** Whether the failure counts against the provider's circuit breaker. */
  get countsAsFailure(): boolean {
    if (this.kind === 'aborted' || this.kind === 'circuit_open') return false;
    // A bad request is this request's fault; a wrong key, model or URL fails every call until fixed.
    if (this.kind === 'client_error') return CONFIG_FAULTS.has(this.details.status ?? 0);
    return true;
  }
}

export function isAbort(err: unknown): boolean {
  return err instanceof LlmError && err.kind === 'aborted';
}
