import { CancellationErrorCode } from 'microsoft-cognitiveservices-speech-sdk';
import { describe, expect, it } from 'vitest';
import { AppError, toServerError } from '../../errors.ts';
import { azureProviderError, redactSecrets } from './azure_errors.ts';
import { isSpeechProviderError, SpeechProviderError } from './speech_provider_error.ts';

const REFUSED = (status: number): string =>
  `Unable to contact server. StatusCode: 1006, wss://eastasia.stt.speech.microsoft.com/speech?language=zh-CN&Ocp-Apim-Subscription-Key=abcd1234secret&X-ConnectionId=1 Reason:  Unexpected server response: ${status}`;

describe('Azure SDK failures -> SpeechProviderError', () => {
  it('classifies what the SDK reports, with the retryable flag the fallback wrapper needs', () => {
    const cases: [string, CancellationErrorCode | undefined, string, boolean][] = [
      [REFUSED(401), CancellationErrorCode.ConnectionFailure, 'auth', false],
      [REFUSED(403), undefined, 'auth', false],
      ['', CancellationErrorCode.AuthenticationFailure, 'auth', false],
      [REFUSED(429), CancellationErrorCode.ConnectionFailure, 'throttled', true],
      [REFUSED(503), CancellationErrorCode.RuntimeError, 'connection', true],
      [' websocket error code: 1006', undefined, 'connection', true],
      ['Invalid SSML websocket error code: 1007', undefined, 'bad_request', false],
      ['timeout', CancellationErrorCode.ServiceTimeout, 'timeout', true],
      ['Internal server error', CancellationErrorCode.ServiceError, 'service', true],
    ];
    for (const [detail, code, failure, retryable] of cases) {
      const e = azureProviderError({ operation: 'stt', detail, code });
      expect(e, detail).toBeInstanceOf(SpeechProviderError);
      expect({ failure: e.failure, retryable: e.retryable }, detail).toEqual({ failure, retryable });
      expect(e.code).toBe('E_PROVIDER_UNAVAILABLE');
    }
    expect(azureProviderError({ operation: 'tts', detail: REFUSED(401) }).httpStatus).toBe(401);
    expect(azureProviderError({ operation: 'tts', detail: undefined }).detail).toBe(
      'no detail from the Speech SDK',
    );
  });

  it('keeps the SDK detail and error code name but never the subscription key', () => {
    const e = azureProviderError({
      operation: 'stt',
      detail: REFUSED(401),
      code: CancellationErrorCode.ConnectionFailure,
      secrets: ['abcd1234secret'],
    });
    expect(e.providerCode).toBe('ConnectionFailure');
    expect(e.detail).toContain('Unexpected server response: 401');
    expect(e.detail).toContain('Ocp-Apim-Subscription-Key=[redacted]');
    expect(e.message).not.toContain('abcd1234secret');
    expect(redactSecrets('token mysecretvalue here', ['mysecretvalue'])).toBe('token [redacted] here');
    expect(isSpeechProviderError(e)).toBe(true);
    expect(isSpeechProviderError(new Error('x'))).toBe(false);
  });

  it('is an AppError the socket layer turns into a client error without the internal detail', () => {
    const e = azureProviderError({ operation: 'tts', detail: REFUSED(401), secrets: ['abcd1234secret'] });
    expect(e).toBeInstanceOf(AppError);
    const payload = toServerError(e, 'en');
    expect(payload).toMatchObject({ code: 'E_PROVIDER_UNAVAILABLE', retryable: false });
    expect(payload.message).toContain('azure tts unavailable (auth, HTTP 401)');
    expect(payload.message).not.toContain('microsoft.com');
    expect(e.toLog()).toMatchObject({
      failure: 'auth',
      httpStatus: 401,
      detail: expect.stringContaining('[redacted]'),
    });
  });
});
