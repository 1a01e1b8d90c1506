import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.ts';
import type { Reply, SessionReady } from '../protocol/protocol.ts';
import { fakePipeline } from '../pipeline/testing/fake_pipeline.ts';
import { customer, next, testServer } from './support/harness.ts';

describe('a customer who types in the other language', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await testServer({}, { pipeline: fakePipeline() });
  });
  afterAll(() => server.close());

  it('is answered in the language they typed, and the session keeps it after a reconnect', async () => {
    const a = customer(server.url, { channel: 'kiosk', locale: 'en' });
    const ready = await next<SessionReady>(a, 'session.ready');
    a.emit('message.text', { text: '你好', clientMsgId: 'c1' });
    const zh = await next<Reply>(a, 'reply.text');
    expect([zh.locale, zh.text]).toEqual(['zh-CN', 'greeting:zh']);
    a.emit('message.text', { text: 'opening hours', clientMsgId: 'c2' });
    const en = await next<Reply>(a, 'reply.text');
    expect([en.locale, en.text]).toEqual(['en', 'branch_hours:en']);
    a.emit('message.text', { text: '你好', clientMsgId: 'c3' });
    await next<Reply>(a, 'reply.text');
    a.close();

    const b = customer(server.url, { channel: 'kiosk', locale: 'en', resumeToken: ready.resumeToken });
    const again = await next<SessionReady>(b, 'session.ready');
    expect(again.locale).toBe('zh-CN');
    b.close();
  });

  it('keeps the session language for a short word or a number', async () => {
    const a = customer(server.url, { channel: 'app', locale: 'zh-CN' });
    await next<SessionReady>(a, 'session.ready');
    a.emit('message.text', { text: 'hello', clientMsgId: 'c1' });
    const reply = await next<Reply>(a, 'reply.text');
    expect([reply.locale, reply.text]).toEqual(['zh-CN', 'greeting:zh']);
    a.close();
  });
});
