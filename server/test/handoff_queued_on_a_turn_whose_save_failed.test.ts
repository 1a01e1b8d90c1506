/**
 * A turn reads the handoff ticket only while the session's record says it is handed over. The turn that
 * queues the customer records that in the same save as its reply; when that save fails, the customer is
 * queued all the same, and their next messages must still reach the agent who claims them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.ts';
import { AppError } from '../errors.ts';
import type { ConversationDetail, ConversationMessage, QueueSnapshot } from '../protocol/agent_protocol.ts';
import type { Reply, ServerError, SessionReady } from '../protocol/protocol.ts';
import { handoffForTests, nextMatching, readyAgent } from '../handoff/testing/agent_client.ts';
import { customer, next, testServer, type ClientSocket } from './support/harness.ts';

describe('a customer queued on a turn whose save failed', () => {
  let server: RunningServer;
  let agent: ClientSocket;
  let cust: ClientSocket;
  let sessionId: string;

  beforeAll(async () => {
    server = await testServer({}, { features: [handoffForTests()] });
    agent = await readyAgent(server.url);
    cust = customer(server.url, { channel: 'app', locale: 'en' });
    sessionId = (await next<SessionReady>(cust, 'session.ready')).sessionId;
  });
  afterAll(async () => {
    agent?.close();
    cust?.close();
    await server?.close();
  });

  it('is queued even though the customer got a retryable error', async () => {
    const store = server.store;
    const saveTurn = store.saveTurn.bind(store);
    let failures = 0;
    store.saveTurn = async (...args) => {
      if (failures++ === 0) throw new AppError('E_STORE_UNAVAILABLE');
      return saveTurn(...args);
    };
    const queued = nextMatching<QueueSnapshot>(agent, 'queue.snapshot', (s) =>
      s.tickets.some((t) => t.sessionId === sessionId),
    );
    const error = next<ServerError>(cust, 'server.error');
    cust.emit('message.text', { text: 'I want to talk to a real person please', clientMsgId: 'm1' });
    expect((await error).code).toBe('E_STORE_UNAVAILABLE');
    expect((await queued).tickets.find((t) => t.sessionId === sessionId)?.reason).toBe('asked_for_human');
    // The record was not saved: it does not know about the handoff.
    expect((await server.store.get(sessionId))?.turnCount).toBe(0);
  });

  it('passes the next message to the agent who claimed the conversation, with no assistant reply', async () => {
    const detail = next<ConversationDetail>(agent, 'conversation.detail');
    agent.emit('conversation.claim', { sessionId });
    expect((await detail).ticket).toMatchObject({ sessionId, state: 'with_agent' });

    let assistantReplied = false;
    const onReply = (r: Reply): void => void (r.kind !== 'agent' && (assistantReplied = true));
    cust.on('reply.text', onReply);
    const toAgent = next<ConversationMessage>(agent, 'conversation.message');
    cust.emit('message.text', { text: 'hello? is anyone there', clientMsgId: 'm2' });
    expect((await toAgent).line).toMatchObject({ role: 'customer', text: 'hello? is anyone there' });
    await new Promise((r) => setTimeout(r, 300));
    cust.off('reply.text', onReply);
    expect(assistantReplied).toBe(false);
  });
});
