import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.ts';
import type { FeatureFactory } from '../feature.ts';
import type { ConversationDetail, ConversationMessage, QueueSnapshot } from '../protocol/agent_protocol.ts';
import type { HandoffStatus, Reply, SessionReady } from '../protocol/protocol.ts';
import { handoffForTests, nextMatching, readyAgent } from '../handoff/testing/agent_client.ts';
import { readHandoff } from '../handoff/handoff_extension.ts';
import { customer, next, redisAvailable, type ClientSocket } from './support/harness.ts';
import { startRedisNodes, type RedisNodes } from './support/redis_nodes.ts';

const available = await redisAvailable();

describe.runIf(available)('an angry customer on node A is helped by an agent on node B', () => {
  let nodes: RedisNodes;
  let nodeA: RunningServer;
  let nodeB: RunningServer;
  let agent: ClientSocket;
  let cust: ClientSocket;
  let sessionId: string;
  let reason: string;
  /** Replies seen by `onReply` hooks on node A (where a lobby screen would speak them). */
  const heardOnA: Reply[] = [];
  const listener: FeatureFactory = () => ({
    name: 'listener',
    onReply: (_socket, reply) => void heardOnA.push(reply),
  });

  beforeAll(async () => {
    nodes = await startRedisNodes([
      { nodeId: 'node-a', options: { features: [handoffForTests(), listener] } },
      { nodeId: 'node-b', options: { features: [handoffForTests()] } },
    ]);
    [nodeA, nodeB] = nodes.nodes as [RunningServer, RunningServer];
    agent = await readyAgent(nodeB.url);
    cust = customer(nodeA.url, { channel: 'app', locale: 'en' });
    sessionId = (await next<SessionReady>(cust, 'session.ready')).sessionId;
  });
  afterAll(async () => {
    agent?.close();
    cust?.close();
    await nodes?.close();
  });

  it('answers a calm first question with the assistant', async () => {
    const reply = next<Reply>(cust, 'reply.text');
    cust.emit('message.text', { text: 'what are your opening hours', clientMsgId: 'm1' });
    expect((await reply).kind).not.toMatch(/handoff|agent/);
  });

  it('hands the customer over when they get angry, with their place in the queue', async () => {
    const status = next<HandoffStatus>(cust, 'handoff.status');
    const reply = next<Reply>(cust, 'reply.text');
    const queued = nextMatching<QueueSnapshot>(agent, 'queue.snapshot', (s) =>
      s.tickets.some((t) => t.sessionId === sessionId),
    );
    cust.emit('message.text', {
      text: "This is ridiculous, I've asked three times and still nothing works!!!",
      clientMsgId: 'm2',
    });
    const r = await reply;
    expect(r.kind).toBe('handoff');
    expect(r.card?.type).toBe('queue');
    expect(await status).toMatchObject({ state: 'queued', position: 1 });
    // The agent on the other node sees the conversation in the live queue.
    const ticket = (await queued).tickets.find((t) => t.sessionId === sessionId)!;
    expect(ticket).toMatchObject({ state: 'queued', locale: 'en', channel: 'app', verified: false });
    expect(['negative_sentiment', 'complaint']).toContain(ticket.reason);
    reason = ticket.reason;
    // The decision and its reason are in the transcript.
    const tx = await nodeB.store.transcript(sessionId);
    expect(tx.some((e) => e.role === 'system' && e.meta?.['handoff'] === reason)).toBe(true);
  });

  it('lets the agent on node B claim it and see the masked transcript and summary', async () => {
    const withAgent = nextMatching<HandoffStatus>(cust, 'handoff.status', (s) => s.state === 'with_agent');
    const detail = next<ConversationDetail>(agent, 'conversation.detail');
    agent.emit('conversation.claim', { sessionId });
    const d = await detail;
    expect(d.ticket).toMatchObject({ sessionId, state: 'with_agent', agentId: 'agent1' });
    expect(d.transcript.map((l) => l.role)).toContain('customer');
    expect(d.summary.reason).toBe(reason);
    expect(d.summary.sentiment.series.length).toBe(2);
    expect(d.summary.sentiment.trend).toBeLessThan(-0.4);
    expect(d.suggestions.length).toBeGreaterThan(0);
    expect((await withAgent).agentName).toBeTruthy();
  });

  it('delivers the agent reply to the customer on node A as an agent reply', async () => {
    const got = nextMatching<Reply>(cust, 'reply.text', (r) => r.kind === 'agent');
    agent.emit('conversation.reply', {
      sessionId,
      text: 'Hello, I am sorry about this. Let me look into it.',
    });
    expect((await got).text).toBe('Hello, I am sorry about this. Let me look into it.');
    // Delivered through the core's deliverReply on the customer's node, so onReply hooks (speech) see it.
    expect(heardOnA.map((r) => r.kind)).toContain('agent');
  });

  it('passes customer messages to the agent, masked, without an assistant reply', async () => {
    let assistantReplied = false;
    const onReply = (): void => void (assistantReplied = true);
    cust.on('reply.text', onReply);
    const toAgent = next<ConversationMessage>(agent, 'conversation.message');
    cust.emit('message.text', {
      text: 'My card is 6222 0212 3456 7890 123, it was charged twice',
      clientMsgId: 'm3',
    });
    const m = await toAgent;
    expect(m.line.role).toBe('customer');
    expect(m.line.text).not.toContain('6222 0212 3456 7890');
    expect(m.line.text).toContain('0123');
    await new Promise((r) => setTimeout(r, 300));
    cust.off('reply.text', onReply);
    expect(assistantReplied).toBe(false);
  });

  it('returns the customer to the assistant, which continues the same session', async () => {
    const returned = nextMatching<HandoffStatus>(cust, 'handoff.status', (s) => s.state === 'returned');
    agent.emit('conversation.return', { sessionId });
    await returned;
    const before = await nodeA.store.get(sessionId);
    const reply = nextMatching<Reply>(cust, 'reply.text', (r) => r.inReplyTo === 'm4');
    cust.emit('message.text', { text: 'what are your opening hours', clientMsgId: 'm4' });
    const r = await reply;
    expect(r.kind).not.toMatch(/handoff|agent/);
    const after = (await nodeA.store.get(sessionId))!;
    expect(after.turnCount).toBe(before!.turnCount + 1);
    const ext = readHandoff(after.context);
    expect(ext.active).toBeUndefined();
    expect(ext.reasons).toEqual([reason]);
    expect(ext.series.length).toBeGreaterThanOrEqual(3);
    const tx = await nodeA.store.transcript(sessionId);
    const events = tx
      .filter((e) => e.role === 'system')
      .map((e) => e.meta?.['handoffEvent'] ?? e.meta?.['handoff']);
    expect(events).toEqual([reason, 'claimed', 'returned']);
    expect(tx.some((e) => e.role === 'agent')).toBe(true);
  });
});
