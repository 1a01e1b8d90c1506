/**
 * The `/agent` namespace. Closed until agent authentication exists: every connection is refused in
 * middleware with a typed error, so a customer (or anyone) can never reach agent rooms.
 */
import type { Server } from 'socket.io';
import { ERROR_CODES } from '../protocol/error_codes.ts';

export function attachClosedAgentNamespace(io: Server): void {
  io.of('/agent').use((_socket, next) => {
    const def = ERROR_CODES.E_AGENT_AUTH_REQUIRED;
    const err = new Error(def.en) as Error & { data: object };
    err.data = { code: 'E_AGENT_AUTH_REQUIRED', message: def.en, retryable: def.retryable };
    next(err);
  });
}
