/**
 * Test support for handoff: sign in over HTTP, connect an agent console socket, wait for a matching event.
 */
import { io as connect, type Socket } from 'socket.io-client';
import type { FeatureFactory } from '../../feature.ts';
import type { AgentLoginResponse } from '../../protocol/agent_protocol.ts';
import { createHandoffFeature } from '../handoff_feature.ts';
import type { HandoffConfigSchema } from '../handoff_config.ts';
import type { z } from 'zod';

/** The handoff feature with an empty environment (sandbox agents on) and the given settings. */
export function handoffForTests(
  overrides: Partial<z.input<typeof HandoffConfigSchema>> = {},
): FeatureFactory {
  return createHandoffFeature({ env: {}, overrides: { sandboxAgents: true, ...overrides } });
}

export async function login(
  url: string,
  username: string,
  password: string,
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const res = await fetch(`${url}/api/agent/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return { status: res.status, body: await res.json(), headers: res.headers };
}

export async function signIn(
  url: string,
  username = 'agent1',
  password = 'sandbox-agent-1',
): Promise<AgentLoginResponse> {
  const res = await login(url, username, password);
  if (res.status !== 200) throw new Error(`login failed with ${res.status}`);
  return res.body as AgentLoginResponse;
}

export function agentSocket(url: string, auth: Record<string, unknown>): Socket {
  return connect(`${url}/agent`, { auth, transports: ['websocket'], reconnection: false, forceNew: true });
}

/** An agent console signed in over HTTP, connected and ready (its `agent.ready` received). */
export async function readyAgent(url: string, username?: string, password?: string): Promise<Socket> {
  const { token } = await signIn(url, username, password);
  const socket = agentSocket(url, { token });
  await nextMatching(socket, 'agent.ready', () => true);
  return socket;
}

/** The next `event` whose payload satisfies `match` (rejects after `timeoutMs`). */
export function nextMatching<T>(
  socket: Socket,
  event: string,
  match: (payload: T) => boolean,
  timeoutMs = 5000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, on);
      reject(new Error(`timed out waiting for a matching "${event}"`));
    }, timeoutMs);
    const on = (payload: T): void => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event, on);
      resolve(payload);
    };
    socket.on(event, on);
  });
}
