import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.ts';
import type { AgentApiError, AgentLoginResponse } from '../protocol/agent_protocol.ts';
import type { ServerError, SessionReady } from '../protocol/protocol.ts';
import { AGENTS_ROOM, conversationRoom } from '../socket/agent_namespace.ts';
import { sessionRoom } from '../socket/customer_namespace.ts';
import { agentSocket, handoffForTests, login, signIn, readyAgent } from '../handoff/testing/agent_client.ts';
import {
  REDIS_TEST_URL,
  connectError,
  customer,
  deleteKeys,
  next,
  redisAvailable,
  testPrefix,
  testServer,
} from './support/harness.ts';

const available = await redisAvailable();

describe.runIf(available)('agent sign-in and the /agent namespace', () => {
  const prefix = testPrefix();
  let server: RunningServer;

  beforeAll(async () => {
    server = await testServer(
      { redisUrl: REDIS_TEST_URL, redisKeyPrefix: prefix },
      { features: [handoffForTests({ agentTokenTtlSec: 1.5 })] },
    );
  });
  afterAll(async () => {
    await server.close();
    await deleteKeys(prefix);
  });

  it('signs in a sandbox agent and accepts its token on /agent', async () => {
    const res = await login(server.url, 'agent1', 'sandbox-agent-1');
    expect(res.status).toBe(200);
    const body = res.body as AgentLoginResponse;
    expect(body.agent).toMatchObject({ id: 'agent1', role: 'agent', locales: ['zh-CN', 'en'] });
    expect(body.expiresAt).toBeGreaterThan(Date.now());
    const socket = agentSocket(server.url, { token: body.token });
    const ready = await next<{ agent: { id: string } }>(socket, 'agent.ready');
    expect(ready.agent.id).toBe('agent1');
    socket.close();
  });

  it("refuses a customer's resume token on /agent with E_AGENT_AUTH_REQUIRED", async () => {
    const cust = customer(server.url, { channel: 'app', locale: 'en' });
    const { resumeToken } = await next<SessionReady>(cust, 'session.ready');
    const socket = agentSocket(server.url, { token: resumeToken });
    expect((await connectError(socket)).data?.code).toBe('E_AGENT_AUTH_REQUIRED');
    // The customer's own handshake shape is refused too.
    const asCustomer = agentSocket(server.url, { channel: 'app', locale: 'en', resumeToken });
    expect((await connectError(asCustomer)).data?.code).toBe('E_AGENT_AUTH_REQUIRED');
    socket.close();
    asCustomer.close();
    cust.close();
  });

  it('refuses a forged token and a missing one', async () => {
    const forged = agentSocket(server.url, { token: 'A'.repeat(43) });
    expect((await connectError(forged)).data?.code).toBe('E_AGENT_AUTH_REQUIRED');
    const none = agentSocket(server.url, {});
    expect((await connectError(none)).data?.code).toBe('E_AGENT_AUTH_REQUIRED');
    forged.close();
    none.close();
  });

  it('refuses an expired token, and disconnects a console when its token expires', async () => {
    const { token } = await signIn(server.url);
    const live = agentSocket(server.url, { token });
    await next(live, 'agent.ready');
    const expiredNotice = next<ServerError>(live, 'agent.error', 4000);
    const dropped = next(live, 'disconnect', 4000);
    expect((await expiredNotice).code).toBe('E_AGENT_AUTH_REQUIRED');
    await dropped;
    const late = agentSocket(server.url, { token });
    expect((await connectError(late)).data?.code).toBe('E_AGENT_AUTH_REQUIRED');
    live.close();
    late.close();
  });

  it('throttles brute force: after 5 failures even the right password gets 429 with Retry-After', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await login(server.url, 'agent2', `guess-${i}`);
      expect(res.status).toBe(401);
      expect((res.body as AgentApiError).error).toBe('E_AGENT_LOGIN_INVALID');
    }
    const blocked = await login(server.url, 'agent2', 'sandbox-agent-2');
    expect(blocked.status).toBe(429);
    expect((blocked.body as AgentApiError).error).toBe('E_AGENT_LOGIN_THROTTLED');
    const retryAfter = Number(blocked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);
    // Another agent from the same address is not affected.
    expect((await login(server.url, 'agent1', 'sandbox-agent-1')).status).toBe(200);
  });

  it('answers an unknown username exactly like a wrong password', async () => {
    const res = await login(server.url, 'nobody', 'whatever');
    expect(res.status).toBe(401);
    expect((res.body as AgentApiError).error).toBe('E_AGENT_LOGIN_INVALID');
    expect((await login(server.url, 'agent1', '')).status).toBe(400);
  });

  it('keeps agent rooms out of reach of customer sockets', async () => {
    const cust = customer(server.url, { channel: 'app', locale: 'en' });
    const { sessionId } = await next<SessionReady>(cust, 'session.ready');
    const heard: string[] = [];
    cust.onAny((event: string) => heard.push(event));
    const agents = server.io.of('/agent');
    // Events sent to every agent room, including one named like the customer's own room.
    agents.to(AGENTS_ROOM).emit('queue.snapshot', { tickets: [], agentsAvailable: {}, at: 0 });
    agents.to(conversationRoom(sessionId)).emit('conversation.message', {
      sessionId,
      line: { id: 'x', role: 'customer', text: 'secret', at: 0 },
    });
    agents.to(sessionRoom(sessionId)).emit('queue.snapshot', { tickets: [], agentsAvailable: {}, at: 0 });
    // A customer cannot ask to join: agent events on /customer are unknown events.
    const refused = next<ServerError>(cust, 'server.error');
    cust.emit('conversation.claim', { sessionId });
    expect((await refused).code).toBe('E_UNKNOWN_EVENT');
    await new Promise((r) => setTimeout(r, 200));
    expect(heard).toEqual(['server.error']);
    // Rooms are per namespace: the customer namespace has no agent rooms at all.
    const customerRooms = [...server.io.of('/customer').adapter.rooms.keys()];
    expect(customerRooms).not.toContain(AGENTS_ROOM);
    expect(customerRooms.some((r) => r.startsWith('handoff:'))).toBe(false);
    cust.close();
  });

  it('refuses supervisor-only events from an agent', async () => {
    const socket = await readyAgent(server.url);
    const err = next<ServerError>(socket, 'agent.error');
    socket.emit('supervisor.refresh', {});
    expect((await err).code).toBe('E_AGENT_FORBIDDEN');
    const bad = next<ServerError>(socket, 'agent.error');
    socket.emit('conversation.claim', { sessionId: 42 });
    expect((await bad).code).toBe('E_PAYLOAD_INVALID');
    socket.close();
  });
});
