/** Errors of the voice path with a stable client-facing code (sent as `server.error`, never fatal). */
import { AppError } from '../errors.ts';
import type { ErrorCode } from '../protocol/error_codes.ts';

export class VoiceError extends AppError {
  override name = 'VoiceError';
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; retryable?: boolean }) {
    super(code, message, options);
  }
}
