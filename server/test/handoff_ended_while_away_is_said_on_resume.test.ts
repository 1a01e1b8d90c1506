/**
 * A page that only lost its connection keeps what it showed: the queue card, the "agent joined" line. When
 * the handoff ended while the customer was away (the agent handed them back to the assistant, or the queue
 * was left from another tab), the resumed connection used to get no `handoff.status` at all, so the page
 * kept a stale queue card / agent line. Now a resumed connection with no handoff is told `returned` (back
 * with the assistant); a resumed session that never had a handoff, and a new one, are told nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.ts';
import { handoffForTests, nextMatching, readyAgent } from '../handoff/testing/agent_client.ts';
import type { QueueSnapshot } from '../protocol/agent_protocol.ts';
import { HandoffStatus, type Reply, type SessionReady } from '../protocol/protocol.ts';
import { customer, next, testServer, type ClientSocket } from './support/harness.ts';

describe('a handoff that ended while the customer was away', () => {
  let server: RunningServer;
  let agent: ClientSocket;
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    server = await testServer({}, { features: [handoffForTests()] });
    agent = await readyAgent(server.url);
  }, 120_000); // the handoff model is trained or loaded on the first start
  afterAll(async () => {
    agent?.close();
    for (const s of sockets) s.close();
    await server?.close();
  });

  /** A customer connection with every `handoff.status` it receives, from the start (validated). */
  const connectCustomer = (auth: Record<string, unknown>) => {
    const socket = customer(server.url, { channel: 'app', locale: 'en', ...auth });
    sockets.push(socket);
    const statuses: HandoffStatus[] = [];
    socket.on('handoff.status', (s: unknown) => statuses.push(HandoffStatus.parse(s)));
    return { socket, statuses };
  };

  /** A customer who asked for a person and is queued, then closed the page (the socket). */
  const queuedThenGone = async (): Promise<SessionReady> => {
    const { socket } = connectCustomer({});
    const ready = await next<SessionReady>(socket, 'session.ready');
    const queued = nextMatching<HandoffStatus>(socket, 'handoff.status', (s) => s.state === 'queued');
    socket.emit('message.text', { text: 'I want to talk to a person' });
    await queued;
    socket.close();
    return ready;
  };

  /** The agent's queue once `check` holds for the session's ticket (or its absence). */
  const queueWhen = async (sessionId: string, check: (state: string | undefined) => boolean) => {
    const seen = nextMatching<QueueSnapshot>(agent, 'queue.snapshot', (s) =>
      check(s.tickets.find((t) => t.sessionId === sessionId)?.state),
    );
    agent.emit('queue.refresh', {});
    await seen;
  };

  /** The statuses a connection receives within a moment after its `session.ready`. */
  const statusesAfterReady = async (auth: Record<string, unknown>) => {
    const { socket, statuses } = connectCustomer(auth);
    const ready = await next<SessionReady>(socket, 'session.ready');
    // The status on connect follows a few store reads; a turn's reply comes later than it would.
    socket.emit('message.text', { text: 'What are your opening hours?' });
    await nextMatching<Reply>(socket, 'reply.text', () => true, 15_000);
    return { ready, statuses };
  };

  it('the agent handed the customer back: the resumed page is told it is back with the assistant', async () => {
    const first = await queuedThenGone();
    await queueWhen(first.sessionId, (s) => s === 'queued');
    agent.emit('conversation.claim', { sessionId: first.sessionId });
    await queueWhen(first.sessionId, (s) => s === 'with_agent');
    agent.emit('conversation.return', { sessionId: first.sessionId });
    await queueWhen(first.sessionId, (s) => s === undefined);

    const { ready, statuses } = await statusesAfterReady({ resumeToken: first.resumeToken });
    expect(ready).toMatchObject({ resumed: true, sessionId: first.sessionId });
    expect(statuses).toEqual([{ state: 'returned', reason: 'asked_for_human' }]);
  }, 30_000);

  it('the queue was left from another tab: the resumed page is told it is back with the assistant', async () => {
    const first = await queuedThenGone();
    const tab = connectCustomer({ resumeToken: first.resumeToken });
    await next<SessionReady>(tab.socket, 'session.ready');
    await queueWhen(first.sessionId, (s) => s === 'queued');
    tab.socket.emit('handoff.cancel', {});
    await queueWhen(first.sessionId, (s) => s === undefined);
    tab.socket.close();

    const { ready, statuses } = await statusesAfterReady({ resumeToken: first.resumeToken });
    expect(ready.sessionId).toBe(first.sessionId);
    expect(statuses.map((s) => s.state)).toEqual(['returned']);
  }, 30_000);

  it('a customer still queued is told their place, not that it ended', async () => {
    const first = await queuedThenGone();
    const { statuses } = await statusesAfterReady({ resumeToken: first.resumeToken });
    expect(statuses[0]).toMatchObject({ state: 'queued', position: 1 });
    expect(statuses.some((s) => s.state === 'returned')).toBe(false);
    agent.emit('conversation.claim', { sessionId: first.sessionId });
    await queueWhen(first.sessionId, (s) => s === 'with_agent');
    agent.emit('conversation.return', { sessionId: first.sessionId });
    await queueWhen(first.sessionId, (s) => s === undefined);
  }, 30_000);

  it('a session that never had a handoff is told nothing, new or resumed', async () => {
    const fresh = await statusesAfterReady({});
    expect(fresh.ready.resumed).toBe(false);
    expect(fresh.statuses).toEqual([]);
    const again = await statusesAfterReady({ resumeToken: fresh.ready.resumeToken });
    expect(again.ready.resumed).toBe(true);
    expect(again.statuses).toEqual([]);
  }, 30_000);
});
