import { afterAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.ts';
import type { ConversationDetail, QueueSnapshot } from '../protocol/agent_protocol.ts';
import type { HandoffStatus, Reply, SessionReady } from '../protocol/protocol.ts';
import { agentSocket, handoffForTests, nextMatching, signIn } from '../handoff/testing/agent_client.ts';
import {
  REDIS_TEST_URL,
  customer,
  deleteKeys,
  next,
  redisAvailable,
  testPrefix,
  testServer,
} from './support/harness.ts';

const available = await redisAvailable();

describe.runIf(available)('the handoff queue across a server restart', () => {
  const prefix = testPrefix();
  const shared = { redisUrl: REDIS_TEST_URL, redisKeyPrefix: prefix };
  const servers: RunningServer[] = [];
  afterAll(async () => {
    for (const s of servers) await s.close();
    await deleteKeys(prefix);
  });

  it('keeps queued conversations, their order and the agent token when the node is replaced', async () => {
    const first = await testServer({ ...shared, nodeId: 'before' }, { features: [handoffForTests()] });
    servers.push(first);
    const { token } = await signIn(first.url);
    const watcher = agentSocket(first.url, { token });
    await next(watcher, 'agent.ready');

    const tokens: string[] = [];
    const ids: string[] = [];
    for (const text of ['我要转人工', '我要投诉你们']) {
      const c = customer(first.url, { channel: 'app', locale: 'zh-CN' });
      const ready = await next<SessionReady>(c, 'session.ready');
      const status = next<HandoffStatus>(c, 'handoff.status');
      c.emit('message.text', { text });
      expect((await status).state).toBe('queued');
      tokens.push(ready.resumeToken);
      ids.push(ready.sessionId);
      c.close();
    }
    watcher.close();
    await first.close();

    const second = await testServer({ ...shared, nodeId: 'after' }, { features: [handoffForTests()] });
    servers.push(second);
    // The agent is still signed in (token in Redis) and sees the same queue, complaint first.
    const agent = agentSocket(second.url, { token });
    const snapshot = await next<QueueSnapshot>(agent, 'queue.snapshot');
    const queued = snapshot.tickets.filter((t) => t.state === 'queued');
    expect(queued.map((t) => t.sessionId)).toEqual([ids[1], ids[0]]);
    expect(queued.map((t) => t.reason)).toEqual(['complaint', 'asked_for_human']);
    // Both customers closed their pages: the agent sees them offline.
    expect(queued.every((t) => t.offlineSince !== undefined)).toBe(true);

    // The customer resumes on the new node and is told where they stand: first, since the complaint ahead of
    // them is still gone and holds nobody up.
    const back = customer(second.url, { channel: 'app', locale: 'zh-CN', resumeToken: tokens[0] });
    const statusOnResume = next<HandoffStatus>(back, 'handoff.status');
    expect((await next<SessionReady>(back, 'session.ready')).sessionId).toBe(ids[0]);
    expect(await statusOnResume).toMatchObject({ state: 'queued', position: 1 });

    // The new node serves the restored queue: claim, reply, close.
    const detail = next<ConversationDetail>(agent, 'conversation.detail');
    agent.emit('conversation.claim', { sessionId: ids[0] });
    expect((await detail).summary.reason).toBe('asked_for_human');
    const reply = nextMatching<Reply>(back, 'reply.text', (r) => r.kind === 'agent');
    agent.emit('conversation.reply', { sessionId: ids[0], text: '您好，我是人工客服。' });
    expect((await reply).text).toBe('您好，我是人工客服。');
    const done = nextMatching<HandoffStatus>(back, 'handoff.status', (s) => s.state === 'returned');
    agent.emit('conversation.close', { sessionId: ids[0], disposition: 'resolved' });
    await done;
    back.close();
    agent.close();
    // Two server starts in one test (each loads the models): on a busy 2-core machine that took 36 s.
  }, 90_000);
});
