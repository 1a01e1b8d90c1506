/**
 * The real Speech SDK synthesiser against the local protocol server (no cloud): streaming, timelines,
 * voices and formats, cancellation, and typed failures bounded by timeouts.
 */
import { SpeechConfig } from 'microsoft-cognitiveservices-speech-sdk';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VISEMES } from '../../protocol/protocol.ts';
import type { TtsChunk } from '../speech_types.ts';
import { AzureTts, type AzureTtsOptions } from './azure_tts.ts';
import { isSpeechProviderError, type SpeechProviderError } from './speech_provider_error.ts';
import { FakeAzureSpeechServer } from './testing/azure_protocol_server.ts';
import { collect, collectUntilError, expectNoOpenSockets, waitFor, within } from './testing/test_helpers.ts';

const KEY = 'test-key-0123456789';
let server: FakeAzureSpeechServer;

beforeEach(async () => {
  server = await FakeAzureSpeechServer.start({ key: KEY });
});
afterAll(async () => {
  await expectNoOpenSockets();
});
afterEach(async () => {
  await server.close();
});

function tts(options: Partial<AzureTtsOptions> & { key?: string } = {}): AzureTts {
  const { key = KEY, ...rest } = options;
  return new AzureTts({
    createConfig: () => SpeechConfig.fromHost(server.url, key),
    secrets: [key],
    ...rest,
  });
}

function expectProviderError(error: unknown): SpeechProviderError {
  expect(isSpeechProviderError(error)).toBe(true);
  const e = error as SpeechProviderError;
  expect(e.code).toBe('E_PROVIDER_UNAVAILABLE');
  expect(e.provider).toBe('azure');
  expect(e.operation).toBe('tts');
  return e;
}

describe('AzureTts with the real SDK synthesiser', () => {
  it('yields PCM chunks in order whose timelines carry mapped visemes and word boundaries in ms inside the audio', async () => {
    const chunks = await within(
      10_000,
      collect(tts().synthesize({ text: 'Hello bank world.', locale: 'en' })),
    );
    expect(chunks.length).toBeGreaterThan(3);
    let expectedOffset = 0;
    for (const c of chunks) {
      expect(c.sampleRate).toBe(16000);
      expect(c.offsetMs).toBeCloseTo(expectedOffset, 3);
      expect(c.durationMs).toBeCloseTo(c.audio.byteLength / 32, 3);
      expectedOffset += c.durationMs;
    }
    // The fake voice speaks 3 words of 200 ms between 50 ms of silence on each side.
    expect(expectedOffset).toBeCloseTo(50 + 3 * 200 + 50, 3);
    const words = chunks.flatMap((c) => c.timeline.words);
    expect(words).toEqual([
      { text: 'Hello', startMs: 50, endMs: 250 },
      { text: 'bank', startMs: 250, endMs: 450 },
      { text: 'world', startMs: 450, endMs: 650 },
    ]);
    const visemes = chunks.flatMap((c) => c.timeline.visemes);
    expect(visemes.length).toBeGreaterThan(3);
    for (const v of visemes) {
      expect(VISEMES).toContain(v.viseme);
      expect(v.startMs).toBeGreaterThanOrEqual(0);
      expect(v.endMs).toBeGreaterThanOrEqual(v.startMs);
      expect(v.endMs).toBeLessThanOrEqual(expectedOffset);
    }
    // Fake ids for "Hello": h -> 12 (aa), e -> 4 (ee); starts at 50 ms after the leading silence.
    expect(visemes.slice(0, 3)).toEqual([
      { viseme: 'sil', startMs: 0, endMs: 50 },
      { viseme: 'aa', startMs: 50, endMs: 150 },
      { viseme: 'ee', startMs: 150, endMs: 250 },
    ]);
    expect(visemes.at(-1)).toEqual({ viseme: 'sil', startMs: 650, endMs: 700 });
    // Every event sits on a chunk that starts no later than the event.
    for (const c of chunks) {
      for (const e of [...c.timeline.words, ...c.timeline.visemes])
        expect(e.startMs).toBeLessThan(c.offsetMs + c.durationMs);
    }
  });

  it('yields the first chunk of a two-sentence text before the second sentence is synthesised', async () => {
    server.configure({ synthesis: { chunkIntervalMs: 15 } });
    const chunks = tts().synthesize({ text: '您好，欢迎光临。请问需要办理什么业务？', locale: 'zh-CN' });
    const iterator = chunks[Symbol.asyncIterator]();
    const first = await within(10_000, iterator.next());
    expect(first.done).toBe(false);
    // At that moment the service has received only the first sentence.
    const connection = server.connections[0];
    expect(connection?.ssml).toHaveLength(1);
    expect(connection?.ssml[0]).toContain('您好，欢迎光临。');
    expect(connection?.ssml[0]).not.toContain('请问');
    const rest: TtsChunk[] = [];
    for (let r = await iterator.next(); r.done !== true; r = await iterator.next()) rest.push(r.value);
    expect(connection?.ssml).toHaveLength(2);
    expect(connection?.ssml[1]).toContain('请问需要办理什么业务？');
    // The second sentence's timeline continues after the first sentence's audio.
    const all = [first.value as TtsChunk, ...rest];
    const chars = all.flatMap((c) => c.timeline.words.map((w) => w.text)).join('');
    expect(chars).toBe('您好欢迎光临请问需要办理什么业务');
    const starts = all.flatMap((c) => c.timeline.words.map((w) => w.startMs));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("uses the locale's default neural voice unless overridden, and the requested PCM format", async () => {
    const engine = tts({ sampleRate: 24000, voices: { en: 'en-US-AriaNeural' } });
    const zh = await within(10_000, collect(engine.synthesize({ text: '你好。', locale: 'zh-CN' })));
    const en = await within(10_000, collect(engine.synthesize({ text: 'Hi.', locale: 'en' })));
    const own = await within(
      10_000,
      collect(engine.synthesize({ text: 'Hi.', locale: 'en', voice: 'en-GB-SoniaNeural' })),
    );
    expect([...zh, ...en, ...own].every((c) => c.sampleRate === 24000)).toBe(true);
    expect(zh.reduce((n, c) => n + c.audio.byteLength, 0)).toBe(48 * (50 + 2 * 200 + 50)); // two characters, 24 kHz
    const ssml = server.connections.flatMap((c) => c.ssml);
    expect(ssml[0]).toContain('name="zh-CN-XiaoxiaoNeural"');
    expect(ssml[0]).toContain('xml:lang="zh-CN"');
    expect(ssml[1]).toContain('name="en-US-AriaNeural"');
    expect(ssml[2]).toContain('name="en-GB-SoniaNeural"');
    const context = server.connections[0]?.messages.find((m) => m.path === 'synthesis.context')?.text ?? '';
    expect(JSON.parse(context)).toMatchObject({
      synthesis: {
        audio: { outputFormat: 'raw-24khz-16bit-mono-pcm', metadataOptions: { visemeEnabled: true } },
      },
    });
  });

  it('stops yielding and closes the connection when the signal aborts', async () => {
    server.configure({ synthesis: { chunkIntervalMs: 20 } });
    const controller = new AbortController();
    const chunks: TtsChunk[] = [];
    await within(
      10_000,
      (async () => {
        for await (const c of tts().synthesize({
          text: 'One two three four five six seven.',
          locale: 'en',
          signal: controller.signal,
        })) {
          chunks.push(c);
          if (chunks.length === 2) controller.abort();
        }
      })(),
    );
    expect(chunks).toHaveLength(2);
    expect(server.connections).toHaveLength(1);
    await within(
      5_000,
      waitFor(() => server.openSocketCount === 0),
      'closing the synthesis connection',
    );
  });

  it('turns rejected credentials (HTTP 401 on the upgrade) into a non-retryable auth error without leaking the key', async () => {
    const { items, error } = await within(
      10_000,
      collectUntilError(tts({ key: 'wrong-key-9876543210' }).synthesize({ text: 'Hello.', locale: 'en' })),
    );
    expect(items).toEqual([]);
    const e = expectProviderError(error);
    expect(e).toMatchObject({ failure: 'auth', retryable: false, httpStatus: 401 });
    expect(e.detail).toContain('401');
    expect(e.message).not.toContain('wrong-key-9876543210');
  });

  it('turns a connection dropped mid-synthesis into a retryable connection error after the chunks that arrived', async () => {
    server.configure({ dropAfterAudioChunks: 2, synthesis: { chunkIntervalMs: 10 } });
    const { items, error } = await within(
      10_000,
      collectUntilError(tts().synthesize({ text: 'Hello bank world again.', locale: 'en' })),
    );
    expect(items.length).toBeGreaterThanOrEqual(1);
    expect(items.length).toBeLessThanOrEqual(2);
    const e = expectProviderError(error);
    expect(e).toMatchObject({ failure: 'connection', retryable: true });
    expect(e.detail).toContain('1006');
  });

  it('gives up with a timeout error when the service stops sending', async () => {
    server.configure({ synthesis: { chunkIntervalMs: 5_000 } });
    const { items, error } = await within(
      10_000,
      collectUntilError(tts({ idleTimeoutMs: 300 }).synthesize({ text: 'Hello world.', locale: 'en' })),
    );
    expect(items.length).toBeLessThanOrEqual(1);
    expect(expectProviderError(error)).toMatchObject({ failure: 'timeout', retryable: true });
  });
});
