/**
 * The one error a speech provider adapter throws when the provider cannot serve a request: thrown from
 * `TextToSpeech.synthesize()` iteration and from `SttStream.events()` iteration, never as an unhandled
 * rejection. It is an `AppError` with the client-facing code `E_PROVIDER_UNAVAILABLE`, so
 * `toServerError` handles it as is; `retryable` says whether trying the same provider again may help
 * (false for bad credentials or a malformed request). The `message` is short and safe to show a client
 * (`toServerError` appends it); `detail` keeps the provider's own text (credentials redacted, but URLs
 * and internals included) for logs only.
 *
 * Callers (the voice session's fallback wrapper) catch it with `isSpeechProviderError(err)` and switch to
 * another engine; anything else that escapes an adapter is a bug.
 */
import { AppError } from '../../errors.ts';

export type SpeechProviderFailure =
  /** 401/403: wrong key, expired token, resource disabled. Not retryable. */
  | 'auth'
  /** Could not connect, or the connection dropped mid-request. */
  | 'connection'
  /** 429 or service-side throttling. */
  | 'throttled'
  /** No progress from the provider within the adapter's deadline. */
  | 'timeout'
  /** The provider rejected the request itself (bad SSML, unsupported voice or format). Not retryable. */
  | 'bad_request'
  /** Any other provider-side error. */
  | 'service';

export interface SpeechProviderErrorInit {
  provider: string;
  operation: 'stt' | 'tts';
  failure: SpeechProviderFailure;
  detail: string;
  /** HTTP status of a rejected WebSocket upgrade, when the provider reported one. */
  httpStatus?: number;
  /** Provider-specific error code name, e.g. the SDK's `CancellationErrorCode`. */
  providerCode?: string;
  cause?: unknown;
}

const NOT_RETRYABLE: ReadonlySet<SpeechProviderFailure> = new Set(['auth', 'bad_request']);

export class SpeechProviderError extends AppError {
  override readonly name = 'SpeechProviderError';
  readonly provider: string;
  readonly operation: 'stt' | 'tts';
  readonly failure: SpeechProviderFailure;
  readonly detail: string;
  readonly httpStatus: number | undefined;
  readonly providerCode: string | undefined;

  constructor(init: SpeechProviderErrorInit) {
    const status = init.httpStatus === undefined ? '' : `, HTTP ${init.httpStatus}`;
    super(
      'E_PROVIDER_UNAVAILABLE',
      `${init.provider} ${init.operation} unavailable (${init.failure}${status})`,
      {
        cause: init.cause,
        retryable: !NOT_RETRYABLE.has(init.failure),
      },
    );
    this.provider = init.provider;
    this.operation = init.operation;
    this.failure = init.failure;
    this.detail = init.detail;
    this.httpStatus = init.httpStatus;
    this.providerCode = init.providerCode;
  }

  /** Fields for a structured log line (pino serialises an Error as type/message/stack only). */
  toLog(): Record<string, unknown> {
    return {
      provider: this.provider,
      operation: this.operation,
      failure: this.failure,
      retryable: this.retryable,
      httpStatus: this.httpStatus,
      providerCode: this.providerCode,
      detail: this.detail,
    };
  }
}

export function isSpeechProviderError(value: unknown): value is SpeechProviderError {
  return value instanceof SpeechProviderError;
}
