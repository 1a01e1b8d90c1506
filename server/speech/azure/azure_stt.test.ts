/**
 * The real Speech SDK recogniser against the local protocol server (no cloud): partials and finals,
 * language detection, phrase lists, cancellation, reconnects and typed failures bounded by timeouts.
 */
import { SpeechConfig } from 'microsoft-cognitiveservices-speech-sdk';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SttStream, SttStreamOptions, TranscriptEvent } from '../speech_types.ts';
import { AzureStt, type AzureSttOptions } from './azure_stt.ts';
import { isSpeechProviderError, type SpeechProviderError } from './speech_provider_error.ts';
import { FakeAzureSpeechServer, type ScriptedUtterance } from './testing/azure_protocol_server.ts';
import {
  collect,
  collectUntilError,
  pcmFrames,
  expectNoOpenSockets,
  sleep,
  waitFor,
  within,
} from './testing/test_helpers.ts';

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

function stt(options: Partial<AzureSttOptions> & { key?: string } = {}): AzureStt {
  const { key = KEY, ...rest } = options;
  return new AzureStt({
    createConfig: () => SpeechConfig.fromHost(server.url, key),
    secrets: [key],
    ...rest,
  });
}

const bilingual: SttStreamOptions = { locale: 'zh-CN', candidateLocales: ['zh-CN', 'en'] };

/** Writes `ms` of audio in 20 ms frames at twice real time, then ends the stream. */
async function speak(stream: SttStream, ms: number, end = true): Promise<void> {
  for (const frame of pcmFrames(ms)) {
    stream.write(frame);
    await sleep(10);
  }
  if (end) stream.end();
}

async function recognise(
  utterances: ScriptedUtterance[],
  audioMs: number,
  options = bilingual,
): Promise<TranscriptEvent[]> {
  server.configure({ recognition: { utterances } });
  const stream = stt().stream(options);
  const [events] = await within(15_000, Promise.all([collect(stream.events()), speak(stream, audioMs)]));
  return events;
}

function expectProviderError(error: unknown): SpeechProviderError {
  expect(isSpeechProviderError(error)).toBe(true);
  const e = error as SpeechProviderError;
  expect(e).toMatchObject({ code: 'E_PROVIDER_UNAVAILABLE', provider: 'azure', operation: 'stt' });
  return e;
}

describe('AzureStt with the real SDK recogniser', () => {
  it('yields partials, then the final with the scripted text, detected language, confidence and ms offsets', async () => {
    const events = await recognise(
      [{ text: '我想查询账户余额。', language: 'zh-CN', confidence: 0.93 }],
      400,
    );
    const finals = events.filter((e) => e.kind === 'final');
    const partials = events.filter((e) => e.kind === 'partial');
    expect(partials.length).toBeGreaterThanOrEqual(2);
    expect(events.indexOf(partials[0] as TranscriptEvent)).toBeLessThan(
      events.indexOf(finals[0] as TranscriptEvent),
    );
    expect(partials.map((p) => p.text).at(-1)).toBe('我想查询账户余额');
    expect(finals).toEqual([
      {
        kind: 'final',
        text: '我想查询账户余额。',
        confidence: 0.93,
        locale: 'zh-CN',
        startMs: 0,
        endMs: 400,
      },
    ]);
    for (const p of partials) expect(p).toMatchObject({ locale: 'zh-CN', confidence: 0.5, startMs: 0 });
  });

  it('reports each utterance in the language the service detected, mid-stream and at the end', async () => {
    const events = await recognise(
      [
        { text: '你好。', language: 'zh-CN', afterAudioMs: 200 },
        { text: 'I lost my card.', language: 'en-US' },
      ],
      500,
    );
    const finals = events.filter((e) => e.kind === 'final');
    expect(finals.map((f) => [f.text, f.locale])).toEqual([
      ['你好。', 'zh-CN'],
      ['I lost my card.', 'en'],
    ]);
    expect(finals[0]?.endMs).toBeLessThanOrEqual(finals[1]?.startMs ?? 0);
    const recognition = server.connections[0];
    expect(recognition?.query.get('lidEnabled')).toBe('true');
    expect(recognition?.query.get('format')).toBe('detailed');
    expect(recognition?.recognition?.contexts[0]).toMatchObject({
      languageId: { languages: ['zh-CN', 'en-US'], mode: 'DetectContinuous' },
    });
  });

  it('sends the phrase list to the service and still recognises normally', async () => {
    const events = await recognise([{ text: '我要办理信用卡分期。' }], 300, {
      ...bilingual,
      phrases: ['信用卡分期', ' 余额宝 ', '信用卡分期', ''],
    });
    expect(events.filter((e) => e.kind === 'final').map((e) => e.text)).toEqual(['我要办理信用卡分期。']);
    expect(server.connections[0]?.recognition?.contexts[0]).toMatchObject({
      dgi: { groups: [{ type: 'Generic', items: [{ text: '信用卡分期' }, { text: '余额宝' }] }] },
    });
  });

  it('recognises a single fixed language without language detection', async () => {
    const events = await recognise([{ text: 'Transfer money.', language: 'en-US' }], 200, { locale: 'en' });
    expect(events.filter((e) => e.kind === 'final').map((e) => [e.text, e.locale])).toEqual([
      ['Transfer money.', 'en'],
    ]);
    expect(server.connections[0]?.query.get('language')).toBe('en-US');
    expect(server.connections[0]?.query.get('lidEnabled')).toBeNull();
  });

  it('ends the iteration quietly and closes the connection when the signal aborts', async () => {
    server.configure({ recognition: { utterances: [{ text: 'never sent' }] } });
    const controller = new AbortController();
    const stream = stt().stream({ ...bilingual, signal: controller.signal });
    const events = collect(stream.events());
    await speak(stream, 200, false);
    controller.abort();
    expect(await within(5_000, events)).toEqual([]);
    await within(
      5_000,
      waitFor(() => server.openSocketCount === 0),
      'closing the recognition connection',
    );
  });

  it('turns rejected credentials (HTTP 401 on the upgrade) into a non-retryable auth error without leaking the key', async () => {
    const stream = stt({ key: 'wrong-key-9876543210' }).stream(bilingual);
    const result = collectUntilError(stream.events());
    await speak(stream, 100);
    const { items, error } = await within(10_000, result);
    expect(items).toEqual([]);
    const e = expectProviderError(error);
    expect(e).toMatchObject({
      failure: 'auth',
      retryable: false,
      httpStatus: 401,
      providerCode: 'ConnectionFailure',
    });
    expect(e.message).not.toContain('wrong-key-9876543210');
  });

  it('turns a connection dropped mid-stream, with the service then down, into a retryable connection error', async () => {
    server.configure({
      dropAfterAudioFrames: 2,
      statusAfterDrop: 503,
      recognition: { utterances: [{ text: '第一句。', afterAudioMs: 100 }, { text: '第二句。' }] },
    });
    const stream = stt().stream(bilingual);
    const result = collectUntilError(stream.events());
    await speak(stream, 600);
    const { items, error } = await within(10_000, result);
    expect(items.filter((e) => e.kind === 'final').map((e) => e.text)).toEqual(['第一句。']);
    const e = expectProviderError(error);
    expect(e).toMatchObject({ failure: 'connection', retryable: true, httpStatus: 503 });
  });

  it('survives a dropped connection when the service is still up: the SDK reconnects and the stream continues', async () => {
    server.configure({
      dropAfterAudioFrames: 2,
      recognition: { utterances: [{ text: '第一句。', afterAudioMs: 100 }, { text: '第二句。' }] },
    });
    const stream = stt().stream(bilingual);
    const [events] = await within(15_000, Promise.all([collect(stream.events()), speak(stream, 600)]));
    expect(events.filter((e) => e.kind === 'final').map((e) => e.text)).toEqual(['第一句。', '第二句。']);
    expect(server.connections.filter((c) => c.kind === 'recognition')).toHaveLength(2);
  });

  it('gives up with a timeout error when the service never finishes after end()', async () => {
    server.configure({ recognition: { utterances: [{ text: '你好。' }], ignoreEndOfAudio: true } });
    const stream = stt({ endTimeoutMs: 400, stopTimeoutMs: 200 }).stream(bilingual);
    const result = collectUntilError(stream.events());
    await speak(stream, 100);
    const { items, error } = await within(10_000, result);
    expect(items).toEqual([]);
    expect(expectProviderError(error)).toMatchObject({ failure: 'timeout', retryable: true });
    // The stuck connection is released too: stop is given stopTimeoutMs, then the SDK disconnects.
    await within(
      5_000,
      waitFor(() => server.openSocketCount === 0),
      'disconnecting from the stuck service',
    );
  });
});
