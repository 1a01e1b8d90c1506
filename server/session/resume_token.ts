import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** A fresh resume token (256 bits, base64url). Only its hash is stored. */
export function newResumeToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashResumeToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function newSessionId(): string {
  return randomUUID();
}
