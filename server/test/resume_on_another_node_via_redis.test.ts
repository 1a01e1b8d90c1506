import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.ts';
import type { Reply, SessionReady } from '../protocol/protocol.ts';
import { fakePipeline } from '../pipeline/testing/fake_pipeline.ts';
import { sessionRoom } from '../socket/customer_namespace.ts';
import { customer, next, redisAvailable } from './support/harness.ts';
import { startRedisNodes, type RedisNodes } from './support/redis_nodes.ts';

const available = await redisAvailable();

describe.runIf(available)('two server nodes sharing one Redis', () => {
  let nodes: RedisNodes;
  let nodeA: RunningServer;
  let nodeB: RunningServer;

  beforeAll(async () => {
    nodes = await startRedisNodes([
      { nodeId: 'node-a', options: { pipeline: fakePipeline() } },
      { nodeId: 'node-b', options: { pipeline: fakePipeline() } },
    ]);
    [nodeA, nodeB] = nodes.nodes as [RunningServer, RunningServer];
  });
  afterAll(async () => {
    await nodes?.close();
  });

  it('runs on different ports with the Redis store and adapter', async () => {
    expect(nodeA.port).not.toBe(nodeB.port);
    const health = await (await fetch(`${nodeB.url}/healthz`)).json();
    expect(health).toMatchObject({ status: 'ok', store: 'redis', adapter: 'redis', nodeId: 'node-b' });
  });

  it('resumes on node B a conversation started on node A, with its history', async () => {
    const onA = customer(nodeA.url, { channel: 'kiosk', locale: 'zh-CN' });
    const started = await next<SessionReady>(onA, 'session.ready');
    onA.emit('message.text', { text: '你好', clientMsgId: 'a1' });
    const reply = await next<Reply>(onA, 'reply.text');
    expect(reply.text).toBe('greeting:zh');
    onA.close();

    const onB = customer(nodeB.url, { channel: 'kiosk', locale: 'zh-CN', resumeToken: started.resumeToken });
    const resumed = await next<SessionReady>(onB, 'session.ready');
    expect(resumed).toMatchObject({ resumed: true, sessionId: started.sessionId });
    expect(resumed.history.map((h) => h.text)).toEqual(['你好', 'greeting:zh']);

    // The conversation continues on B and its transcript keeps growing in the shared store.
    onB.emit('message.text', { text: 'check my balance', clientMsgId: 'b1' });
    expect((await next<Reply>(onB, 'reply.text')).intent).toBe('check_balance');
    expect((await nodeA.store.transcript(started.sessionId)).length).toBe(4);
    onB.close();
  });

  it("delivers an event emitted to a session's room on node A to its socket on node B", async () => {
    const onB = customer(nodeB.url, { channel: 'app', locale: 'en' });
    const ready = await next<SessionReady>(onB, 'session.ready');
    const got = next<{ state: string }>(onB, 'session.state');
    nodeA.customers.to(sessionRoom(ready.sessionId)).emit('session.state', { state: 'with_agent' });
    expect(await got).toEqual({ state: 'with_agent' });
    onB.close();
  });
});
