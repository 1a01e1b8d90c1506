import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../app.ts';
import type { Reply, ServerError, SessionReady } from '../protocol/protocol.ts';
import { fakePipeline } from '../pipeline/testing/fake_pipeline.ts';
import { connectError, customer, next, testServer, type ClientSocket } from '../test/support/harness.ts';

describe('a customer socket sending bad input', () => {
  let server: RunningServer;
  let socket: ClientSocket;
  let ready: SessionReady;

  beforeAll(async () => {
    server = await testServer({}, { pipeline: fakePipeline() });
    socket = customer(server.url, { channel: 'app', locale: 'en' });
    ready = await next<SessionReady>(socket, 'session.ready');
  });
  afterAll(async () => {
    socket.close();
    await server.close();
  });

  const cases: Array<[string, string, unknown, ServerError['code']]> = [
    ['empty text', 'message.text', { text: '   ' }, 'E_PAYLOAD_INVALID'],
    ['text of the wrong type', 'message.text', { text: 42 }, 'E_PAYLOAD_INVALID'],
    ['missing payload', 'message.text', undefined, 'E_PAYLOAD_INVALID'],
    ['extra fields', 'message.text', { text: 'hi', admin: true }, 'E_PAYLOAD_INVALID'],
    ['a string instead of an object', 'message.text', 'hello', 'E_PAYLOAD_INVALID'],
    ['text over the limit', 'message.text', { text: 'x'.repeat(1001) }, 'E_PAYLOAD_TOO_LARGE'],
    [
      'a payload over the byte limit',
      'session.locale',
      { locale: 'en', pad: 'y'.repeat(20_000) },
      'E_PAYLOAD_TOO_LARGE',
    ],
    ['an unsupported locale', 'session.locale', { locale: 'fr' }, 'E_PAYLOAD_INVALID'],
    ['an unknown event', 'transfer.now', { amount: 1e9 }, 'E_UNKNOWN_EVENT'],
    [
      'audio at the wrong sample rate',
      'audio.start',
      { sampleRate: 44100, encoding: 'pcm16', mode: 'push_to_talk' },
      'E_PAYLOAD_INVALID',
    ],
  ];

  for (const [name, event, payload, code] of cases) {
    it(`answers ${name} with ${code} and keeps the connection`, async () => {
      const err = next<ServerError>(socket, 'server.error');
      socket.emit(event, payload);
      const e = await err;
      expect(e.code).toBe(code);
      expect(e.retryable).toBe(false);
      expect(e.message.length).toBeGreaterThan(5);
      expect(socket.connected).toBe(true);
    });
  }

  it('still answers a valid message in the same session afterwards', async () => {
    const reply = next<Reply>(socket, 'reply.text');
    socket.emit('message.text', { text: 'hello', clientMsgId: 'm1' });
    const r = await reply;
    expect(r.inReplyTo).toBe('m1');
    expect(r.intent).toBe('greeting');
    expect(r.text).toBe('greeting:en');
    const transcript = await server.store.transcript(ready.sessionId);
    expect(transcript.map((t) => t.role)).toEqual(['customer', 'assistant']);
  });

  it('refuses a handshake with an invalid channel with a typed connect error', async () => {
    const bad = customer(server.url, { channel: 'atm', locale: 'en' });
    const err = await connectError(bad);
    expect(err.data?.code).toBe('E_HANDSHAKE_INVALID');
    bad.close();
  });

  it('refuses every connection to /agent on a node without agent authentication', async () => {
    const { io } = await import('socket.io-client');
    const agent = io(`${server.url}/agent`, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      auth: { token: 'anything' },
    });
    const err = await connectError(agent);
    expect(err.data?.code).toBe('E_AGENT_AUTH_REQUIRED');
    expect(agent.connected).toBe(false);
    agent.close();
  });
});
