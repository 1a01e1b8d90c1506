import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.ts';
import type { Reply, ServerError, SessionReady } from '../protocol/protocol.ts';
import { fakePipeline } from '../pipeline/testing/fake_pipeline.ts';
import { customer, next, testServer } from './support/harness.ts';

describe('resuming a conversation on the same node', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await testServer({}, { pipeline: fakePipeline() });
  });
  afterAll(() => server.close());

  it('gives back the same session, its history and its dialogue context after a disconnect', async () => {
    const a = customer(server.url, { channel: 'app', locale: 'en' });
    const first = await next<SessionReady>(a, 'session.ready');
    expect(first.resumed).toBe(false);
    a.emit('message.text', { text: 'hello', clientMsgId: 'c1' });
    await next<Reply>(a, 'reply.text');
    a.emit('message.text', { text: 'my card', clientMsgId: 'c2' }); // a close call -> clarifying question
    const clarify = await next<Reply>(a, 'reply.text');
    expect(clarify.kind).toBe('clarify');
    a.close();

    const b = customer(server.url, { channel: 'app', locale: 'en', resumeToken: first.resumeToken });
    const again = await next<SessionReady>(b, 'session.ready');
    expect(again.resumed).toBe(true);
    expect(again.sessionId).toBe(first.sessionId);
    expect(again.history.map((h) => [h.role, h.text])).toEqual([
      ['customer', 'hello'],
      ['assistant', 'greeting:en'],
      ['customer', 'my card'],
      ['assistant', clarify.text],
    ]);
    const stored = await server.store.get(first.sessionId);
    expect(stored?.context.pendingClarify).toEqual(['freeze_card', 'report_lost_card']);
    expect(stored?.turnCount).toBe(2);
    b.close();
  });

  it('starts a new conversation and says so when the token is unknown or expired', async () => {
    const s = customer(server.url, { channel: 'app', locale: 'zh-CN', resumeToken: 'A'.repeat(43) });
    const errP = next<ServerError>(s, 'server.error');
    const ready = await next<SessionReady>(s, 'session.ready');
    expect(ready.resumed).toBe(false);
    expect(ready.history).toEqual([]);
    expect((await errP).code).toBe('E_RESUME_TOKEN_INVALID');
    s.close();
  });

  it('does not resume an app session from a lobby screen', async () => {
    const a = customer(server.url, { channel: 'app', locale: 'en' });
    const first = await next<SessionReady>(a, 'session.ready');
    a.close();
    const k = customer(server.url, { channel: 'kiosk', locale: 'en', resumeToken: first.resumeToken });
    const ready = await next<SessionReady>(k, 'session.ready');
    expect(ready.sessionId).not.toBe(first.sessionId);
    k.close();
  });
});
