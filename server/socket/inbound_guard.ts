/**
 * Reject at the door: every inbound payload is size-checked and parsed with its schema before a handler
 * sees it. Failures become typed AppErrors; nothing here throws anything else.
 */
import type { z } from 'zod';
import { AppError } from '../errors.ts';
import { LIMITS } from '../protocol/protocol.ts';

export function parseInbound<S extends z.ZodType>(schema: S, payload: unknown, binary = false): z.infer<S> {
  if (!binary) {
    let size: number;
    try {
      size = Buffer.byteLength(JSON.stringify(payload ?? null));
    } catch (err) {
      throw new AppError('E_PAYLOAD_INVALID', 'payload is not JSON', { cause: err });
    }
    if (size > LIMITS.maxEventBytes) {
      throw new AppError('E_PAYLOAD_TOO_LARGE', `payload is ${size} bytes; limit ${LIMITS.maxEventBytes}`);
    }
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    const tooBig = issue && (issue.code === 'too_big' || /too large|too long/.test(issue.message));
    throw new AppError(
      tooBig ? 'E_PAYLOAD_TOO_LARGE' : 'E_PAYLOAD_INVALID',
      `${where}${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}
