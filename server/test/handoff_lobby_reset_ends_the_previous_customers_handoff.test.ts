/**
 * A lobby screen resets for the next customer (`session.reset`) while the previous one was waiting for an
 * agent or talking to one: that place in the queue ends with the old conversation, so no agent claims a
 * conversation nobody is at, and an agent already in the chat is told the customer left.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.ts';
import { handoffForTests, nextMatching, readyAgent } from '../handoff/testing/agent_client.ts';
import type { ConversationEnded, QueueSnapshot } from '../protocol/agent_protocol.ts';
import type { HandoffStatus, SessionReady } from '../protocol/protocol.ts';
import { customer, next, testServer, type ClientSocket } from './support/harness.ts';

describe('a lobby screen reset during a handoff', () => {
  let server: RunningServer;
  let agent: ClientSocket;

  beforeAll(async () => {
    server = await testServer({}, { features: [handoffForTests()] });
    agent = await readyAgent(server.url);
  });
  afterAll(async () => {
    agent.close();
    await server.close();
  });

  const ticketOf = async (sessionId: string): Promise<string | undefined> => {
    agent.emit('queue.refresh', {});
    const snapshot = await next<QueueSnapshot>(agent, 'queue.snapshot');
    return snapshot.tickets.find((t) => t.sessionId === sessionId)?.state;
  };

  it('takes a waiting customer out of the queue', async () => {
    const kiosk = customer(server.url, { channel: 'kiosk', locale: 'zh-CN' });
    const { sessionId } = await next<SessionReady>(kiosk, 'session.ready');
    const queued = nextMatching<HandoffStatus>(kiosk, 'handoff.status', (s) => s.state === 'queued');
    kiosk.emit('message.text', { text: '转人工' });
    await queued;
    expect(await ticketOf(sessionId)).toBe('queued');

    kiosk.emit('session.reset', {});
    const fresh = await next<SessionReady>(kiosk, 'session.ready');
    expect(fresh.sessionId).not.toBe(sessionId);
    expect(await ticketOf(sessionId)).toBeUndefined();
    kiosk.close();
  });

  it('ends a chat an agent had joined, and tells the agent', async () => {
    const kiosk = customer(server.url, { channel: 'kiosk', locale: 'en' });
    const { sessionId } = await next<SessionReady>(kiosk, 'session.ready');
    const queued = nextMatching<HandoffStatus>(kiosk, 'handoff.status', (s) => s.state === 'queued');
    kiosk.emit('message.text', { text: 'talk to an agent' });
    await queued;
    agent.emit('conversation.claim', { sessionId });
    await nextMatching(agent, 'conversation.detail', (d: { sessionId: string }) => d.sessionId === sessionId);

    const told = nextMatching<ConversationEnded>(
      agent,
      'conversation.ended',
      (e) => e.sessionId === sessionId,
    );
    // Listening before the reset: the new session may be ready before the agent hears the chat ended.
    const fresh = next<SessionReady>(kiosk, 'session.ready');
    kiosk.emit('session.reset', {});
    expect(await told).toMatchObject({ by: 'customer' });
    await fresh;
    expect(await ticketOf(sessionId)).toBeUndefined();
    kiosk.close();
  });
});
