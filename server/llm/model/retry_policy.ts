/**
 * Retries with exponential back-off and full jitter for rate limits, server errors and dropped connections.
 * A `Retry-After` (or `retry-after-ms`) from the provider wins over the computed delay; when it asks for a
 * longer wait than a customer should sit through, the call fails instead (the step then answers offline).
 */
import { LlmError } from './llm_error.ts';

export interface RetryOptions {
  /** Retries after the first attempt (0 disables). */
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for. */
  maxRetryAfterMs: number;
  /** [0, 1); injectable for tests. */
  random?: () => number;
}

export const DEFAULT_RETRY: RetryOptions = {
  maxRetries: 2,
  baseDelayMs: 250,
  maxDelayMs: 4000,
  maxRetryAfterMs: 5000,
};

/** Delay before retry number `attempt` (0-based), or null when the call should not be retried. */
export function retryDelayMs(err: LlmError, attempt: number, options: RetryOptions): number | null {
  if (!err.retryable || attempt >= options.maxRetries) return null;
  const retryAfter = err.details.retryAfterMs;
  if (retryAfter !== undefined) return retryAfter <= options.maxRetryAfterMs ? retryAfter : null;
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt);
  return Math.floor((options.random ?? Math.random)() * ceiling);
}

/** Parses `retry-after-ms`, then `retry-after` (seconds or an HTTP date), into milliseconds. */
export function parseRetryAfter(headers: Headers | undefined, now: number = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '' && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Resolves after `ms`, or rejects with an `aborted` LlmError as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new LlmError('aborted', 'aborted while waiting to retry'));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new LlmError('aborted', 'aborted while waiting to retry'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
