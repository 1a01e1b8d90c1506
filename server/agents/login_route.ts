/**
 * `POST /api/agent/login` {username, password} -> {token, expiresAt, agent}; `POST /api/agent/logout` with
 * `Authorization: Bearer <token>` revokes it. Wrong credentials get 401 with one message whether or not
 * the username exists (an unknown username is verified against a decoy hash, so timing does not tell
 * either); too many failures from one username + IP get 429 with Retry-After.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson, type RouteHandler } from '../http/http_routes.ts';
import type { Logger } from '../logger.ts';
import {
  AgentLoginRequest,
  type AgentApiError,
  type AgentLoginResponse,
} from '../protocol/agent_protocol.ts';
import { ERROR_CODES } from '../protocol/error_codes.ts';
import { profileOf, type AgentDirectory } from './agent_accounts.ts';
import type { AgentTokenStore } from './agent_tokens.ts';
import type { LoginThrottle } from './login_throttle.ts';
import { verifyPassword } from './password_hash.ts';

const MAX_BODY_BYTES = 4096;

export interface LoginRouteDeps {
  directory: AgentDirectory;
  tokens: AgentTokenStore;
  throttle: LoginThrottle;
  tokenTtlMs: number;
  logger: Logger;
}

class BodyError extends Error {
  constructor(readonly status: number) {
    super('bad body');
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyError(413);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BodyError(400);
  }
}

function apiError(
  res: ServerResponse,
  status: number,
  code: keyof typeof ERROR_CODES,
  extra: Partial<AgentApiError> = {},
): void {
  const body: AgentApiError = { error: code, message: ERROR_CODES[code].en, ...extra };
  sendJson(res, status, body);
}

function clientIp(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}

export function agentLoginRoutes(deps: LoginRouteDeps): RouteHandler[] {
  const log = deps.logger.child({ component: 'agent-login' });

  const login: RouteHandler = async (req, res, url) => {
    if (url.pathname !== '/api/agent/login') return false;
    // Sign-in is rare: do not keep the connection open (it would hold up a graceful shutdown).
    res.setHeader('connection', 'close');
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      sendJson(res, 405, { error: 'method not allowed' });
      return true;
    }
    let body: unknown;
    try {
      body = await readJson(req);
    } catch (err) {
      apiError(
        res,
        err instanceof BodyError ? err.status : 400,
        err instanceof BodyError && err.status === 413 ? 'E_PAYLOAD_TOO_LARGE' : 'E_PAYLOAD_INVALID',
      );
      return true;
    }
    const parsed = AgentLoginRequest.safeParse(body);
    if (!parsed.success) {
      apiError(res, 400, 'E_PAYLOAD_INVALID');
      return true;
    }
    const username = parsed.data.username.toLowerCase();
    const ip = clientIp(req);
    const state = await deps.throttle.check(username, ip);
    if (state.blocked) {
      log.warn({ username, retryAfterSec: state.retryAfterSec }, 'agent login throttled');
      res.setHeader('retry-after', String(state.retryAfterSec));
      apiError(res, 429, 'E_AGENT_LOGIN_THROTTLED', { retryAfterSec: state.retryAfterSec });
      return true;
    }
    const account = deps.directory.find(username);
    const ok = await verifyPassword(parsed.data.password, account?.passwordHash ?? deps.directory.decoyHash);
    if (!account || !ok) {
      await deps.throttle.fail(username, ip);
      log.info({ username, known: account !== undefined }, 'agent login refused');
      apiError(res, 401, 'E_AGENT_LOGIN_INVALID');
      return true;
    }
    await deps.throttle.reset(username, ip);
    const agent = profileOf(account);
    const { token, expiresAt } = await deps.tokens.issue(agent, deps.tokenTtlMs);
    log.info({ agentId: agent.id, role: agent.role }, 'agent signed in');
    const response: AgentLoginResponse = { token, expiresAt, agent };
    sendJson(res, 200, response);
    return true;
  };

  const logout: RouteHandler = async (req, res, url) => {
    if (url.pathname !== '/api/agent/logout') return false;
    res.setHeader('connection', 'close');
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      sendJson(res, 405, { error: 'method not allowed' });
      return true;
    }
    const auth = req.headers.authorization ?? '';
    const token = /^Bearer ([A-Za-z0-9_-]{20,128})$/.exec(auth)?.[1];
    if (token) await deps.tokens.revoke(token);
    res.writeHead(204, { 'cache-control': 'no-store' });
    res.end();
    return true;
  };

  return [login, logout];
}
