/**
 * Turns what the Azure Speech SDK reports on failure (a cancellation error code and a free-text detail)
 * into a `SpeechProviderError`. What the SDK 1.52 actually reports, checked against the local server:
 * - rejected WebSocket upgrade (401/403/503): `Unable to contact server. StatusCode: 1006, <url> Reason:
 *   Unexpected server response: 401` (the HTTP status only appears in that text), code ConnectionFailure
 *   for recognition; synthesis results carry no error code at all, only the text.
 * - socket dropped mid-synthesis: ` websocket error code: 1006`.
 * - socket dropped mid-recognition: the SDK reconnects and replays unacknowledged audio; when the
 *   reconnect is refused it cancels with RuntimeError and the `Unable to contact server` text.
 * - the SDK appends every connection header to the WebSocket URL as a query parameter, so the URL in a
 *   detail can carry `Ocp-Apim-Subscription-Key=<key>`: details are redacted before they go anywhere.
 */
import { CancellationErrorCode } from 'microsoft-cognitiveservices-speech-sdk';
import { SpeechProviderError, type SpeechProviderFailure } from './speech_provider_error.ts';

const SECRET_PARAMS = /\b(Ocp-Apim-Subscription-Key|Authorization)=[^&\s]*/gi;

export function redactSecrets(detail: string, secrets: readonly string[] = []): string {
  let out = detail.replace(SECRET_PARAMS, '$1=[redacted]');
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('[redacted]');
  return out.replace(/\s+/g, ' ').trim();
}

function httpStatusOf(detail: string): number | undefined {
  const match = /Unexpected server response: (\d{3})/.exec(detail);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

function classify(
  detail: string,
  code: CancellationErrorCode | undefined,
  status: number | undefined,
): SpeechProviderFailure {
  if (code === CancellationErrorCode.AuthenticationFailure || code === CancellationErrorCode.Forbidden)
    return 'auth';
  if (status === 401 || status === 403) return 'auth';
  if (code === CancellationErrorCode.TooManyRequests || status === 429) return 'throttled';
  if (code === CancellationErrorCode.BadRequestParameters || /websocket error code: 1007\b/.test(detail)) {
    return 'bad_request';
  }
  if (code === CancellationErrorCode.ServiceTimeout) return 'timeout';
  if (
    code === CancellationErrorCode.ConnectionFailure ||
    status !== undefined ||
    /Unable to contact server|websocket error code|Connection closed|ECONNREFUSED|ENOTFOUND|ETIMEDOUT/i.test(
      detail,
    )
  ) {
    return 'connection';
  }
  return 'service';
}

export interface AzureErrorInput {
  operation: 'stt' | 'tts';
  detail: string | undefined;
  code?: CancellationErrorCode;
  /** Values to scrub from the detail (the subscription key). */
  secrets?: readonly string[];
  cause?: unknown;
}

export function azureProviderError(input: AzureErrorInput): SpeechProviderError {
  const raw = input.detail ?? '';
  const detail = redactSecrets(raw === '' ? 'no detail from the Speech SDK' : raw, input.secrets);
  const httpStatus = httpStatusOf(raw);
  return new SpeechProviderError({
    provider: 'azure',
    operation: input.operation,
    failure: classify(raw, input.code, httpStatus),
    detail,
    httpStatus,
    providerCode: input.code === undefined ? undefined : CancellationErrorCode[input.code],
    cause: input.cause,
  });
}

export function azureTimeoutError(operation: 'stt' | 'tts', what: string, ms: number): SpeechProviderError {
  return new SpeechProviderError({
    provider: 'azure',
    operation,
    failure: 'timeout',
    detail: `${what} within ${ms} ms`,
  });
}

/** The SDK rejects with strings as often as with Errors. */
export function describeSdkError(error: unknown): string {
  if (typeof error === 'string') return error;
  if (error instanceof Error) return error.message;
  return String(error);
}
