/**
 * Maps whatever a call threw (SDK errors, fetch errors, our own aborts) onto an `LlmError`. The call's
 * abort cause is checked first: an abort we caused ourselves is a timeout, the caller's is a barge-in.
 */
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { CallScope } from './call_scope.ts';
import { LlmError } from './llm_error.ts';
import { parseRetryAfter } from './retry_policy.ts';

export function classifyError(err: unknown, scope: CallScope): LlmError {
  switch (scope.cause) {
    case 'caller':
    case 'closed':
    case 'consumer_stopped':
      return new LlmError('aborted', 'the call was cancelled', { cause: err });
    case 'idle_timeout':
      return new LlmError('timeout', 'the model stopped sending', { cause: err });
    case 'total_timeout':
      return new LlmError('timeout', 'the model took too long', { cause: err });
    default:
      break;
  }
  if (err instanceof LlmError) return err;
  if (err instanceof APIConnectionTimeoutError)
    return new LlmError('timeout', 'the model did not respond in time', { cause: err });
  if (err instanceof APIUserAbortError)
    return new LlmError('aborted', 'the call was cancelled', { cause: err });
  if (err instanceof APIConnectionError)
    return new LlmError('connection', 'cannot reach the model server', { cause: err });
  if (err instanceof APIError && typeof err.status === 'number') {
    const status = err.status;
    const retryAfterMs = parseRetryAfter(err.headers);
    const details = { status, cause: err, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
    if (status === 429) return new LlmError('rate_limited', 'the model server is rate limiting', details);
    if (status >= 500 || status === 408 || status === 409)
      return new LlmError('server_error', `the model server failed (${status})`, details);
    return new LlmError('client_error', `the model server refused the request (${status})`, details);
  }
  if (err instanceof Error && err.name === 'AbortError')
    return new LlmError('aborted', 'the call was cancelled', { cause: err });
  return new LlmError('bad_response', 'unexpected response from the model server', { cause: err });
}
