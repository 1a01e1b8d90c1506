/**
 * Errors with a stable code, sent to clients as `server.error` and never crashing a session.
 */
import { ERROR_CODES, type ErrorCode } from './protocol/error_codes.ts';
import type { Locale, ServerError } from './protocol/protocol.ts';

export class AppError extends Error {
  override name = 'AppError';
  readonly retryable: boolean;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    options?: { cause?: unknown; retryable?: boolean },
  ) {
    super(
      message ?? ERROR_CODES[code].en,
      options?.cause === undefined ? undefined : { cause: options.cause },
    );
    this.retryable = options?.retryable ?? ERROR_CODES[code].retryable;
  }
}

/** The client-facing form of an error: stable code, bilingual human message, retryable flag. */
export function toServerError(err: unknown, locale: Locale, event?: string): ServerError {
  const code: ErrorCode = err instanceof AppError ? err.code : 'E_INTERNAL';
  const def = ERROR_CODES[code];
  const base = locale === 'zh-CN' ? def.zh : def.en;
  const detail = err instanceof AppError && err.message !== def.en ? err.message : undefined;
  return {
    code,
    message: detail ? `${base} (${detail})` : base,
    retryable: err instanceof AppError ? err.retryable : def.retryable,
    ...(event === undefined ? {} : { event }),
  };
}
