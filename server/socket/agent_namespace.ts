/**
 * The `/agent` namespace. Every connection must present a valid agent token (from `POST /api/agent/login`)
 * as socket.io `auth: { token }`; a missing, forged, expired or customer token is refused in middleware
 * with the typed connect error `E_AGENT_AUTH_REQUIRED`. Rooms belong to their namespace, so a customer
 * socket (on `/customer`) can never join or hear an agent room. Without the handoff feature the namespace
 * stays closed (`attachClosedAgentNamespace`).
 */
import type { Namespace, Server, Socket } from 'socket.io';
import { AppError, toServerError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import {
  AGENT_INBOUND,
  AgentHandshake,
  type AgentClientToServer,
  type AgentInbound,
  type AgentInboundEvent,
  type AgentProfile,
  type AgentServerToClient,
} from '../protocol/agent_protocol.ts';
import { ERROR_CODES } from '../protocol/error_codes.ts';
import { parseInbound } from './inbound_guard.ts';

export const AGENTS_ROOM = 'agents';
export const SUPERVISORS_ROOM = 'supervisors';
/** Every console connection of one agent. */
export const agentRoom = (agentId: string): string => `agent:${agentId}`;
/** The agent(s) and supervisors following one handed-off conversation. */
export const conversationRoom = (sessionId: string): string => `handoff:${sessionId}`;

export interface AgentSocketData {
  agent: AgentProfile;
  tokenExpiresAt: number;
}
export type AgentSocket = Socket<AgentClientToServer, AgentServerToClient, object, AgentSocketData>;
export type AgentNamespace = Namespace<AgentClientToServer, AgentServerToClient, object, AgentSocketData>;

export interface AgentNamespaceDeps {
  /** The signed-in agent for a token, or null. */
  verifyToken(token: string): Promise<{ agent: AgentProfile; expiresAt: number } | null>;
  logger: Logger;
  onConnection(socket: AgentSocket): void | Promise<void>;
}

function authError(detail?: string): Error & { data: object } {
  const def = ERROR_CODES.E_AGENT_AUTH_REQUIRED;
  const err = new Error(detail ?? def.en) as Error & { data: object };
  err.data = { code: 'E_AGENT_AUTH_REQUIRED', message: detail ?? def.en, retryable: def.retryable };
  return err;
}

export function attachClosedAgentNamespace(io: Server): void {
  io.of('/agent').use((_socket, next) => next(authError()));
}

export function attachAgentNamespace(io: Server, deps: AgentNamespaceDeps): AgentNamespace {
  const nsp: AgentNamespace = io.of('/agent');
  nsp.use((socket, next) => {
    const hs = AgentHandshake.safeParse(socket.handshake.auth);
    if (!hs.success) {
      next(authError());
      return;
    }
    deps
      .verifyToken(hs.data.token)
      .then((session) => {
        if (!session) {
          deps.logger.info({ socketId: socket.id }, 'agent connection refused');
          next(authError());
          return;
        }
        socket.data = { agent: session.agent, tokenExpiresAt: session.expiresAt };
        next();
      })
      .catch((err: unknown) => {
        deps.logger.error({ err }, 'agent token check failed');
        const def = ERROR_CODES.E_STORE_UNAVAILABLE;
        const e = new Error(def.en) as Error & { data: object };
        e.data = { code: 'E_STORE_UNAVAILABLE', message: def.en, retryable: def.retryable };
        next(e);
      });
  });
  nsp.on('connection', (socket) => {
    // Signed-in agents are disconnected when their token expires.
    const ms = socket.data.tokenExpiresAt - Date.now();
    const timer = setTimeout(() => expire(socket), Math.max(0, Math.min(ms, 2 ** 31 - 1)));
    timer.unref();
    socket.on('disconnect', () => clearTimeout(timer));
    Promise.resolve(deps.onConnection(socket)).catch((err: unknown) => {
      deps.logger.error({ err }, 'agent connection setup failed');
      socket.emit('agent.error', toServerError(err, socket.data.agent.locales[0] ?? 'zh-CN'));
      socket.disconnect(true);
    });
  });
  return nsp;
}

function expire(socket: AgentSocket): void {
  socket.emit('agent.error', toServerError(new AppError('E_AGENT_AUTH_REQUIRED', 'session expired'), 'en'));
  socket.disconnect(true);
}

/**
 * Registers a validated handler for one inbound agent event: the payload is size-checked and parsed with
 * its schema, the token must still be valid, and any failure goes back as `agent.error`.
 */
export function onAgentEvent<E extends AgentInboundEvent>(
  socket: AgentSocket,
  event: E,
  handler: (payload: AgentInbound[E]) => Promise<void> | void,
  fail: (err: unknown, event: string) => void,
  track: (p: Promise<unknown>) => void = () => undefined,
): void {
  (socket as unknown as Socket).on(event as string, (payload: unknown) => {
    try {
      if (Date.now() >= socket.data.tokenExpiresAt) {
        expire(socket);
        return;
      }
      const parsed = parseInbound(AGENT_INBOUND[event], payload) as AgentInbound[E];
      const done = Promise.resolve(handler(parsed)).catch((err: unknown) => fail(err, event));
      track(done);
    } catch (err) {
      fail(err, event);
    }
  });
}

/** Refuses unknown events with a typed error (call once per socket). */
export function refuseUnknownAgentEvents(
  socket: AgentSocket,
  fail: (err: unknown, event: string) => void,
): void {
  socket.onAny((event: string) => {
    if (!Object.hasOwn(AGENT_INBOUND, event))
      fail(new AppError('E_UNKNOWN_EVENT', `unknown event "${event.slice(0, 64)}"`), event.slice(0, 64));
  });
}
