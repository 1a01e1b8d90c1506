import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { AzureSpeechConfigError, createAzureSpeech } from './azure_speech_factory.ts';
import { FakeAzureSpeechServer } from './testing/azure_protocol_server.ts';
import { collect, expectNoOpenSockets, pcmFrames, within } from './testing/test_helpers.ts';

const servers: FakeAzureSpeechServer[] = [];
afterAll(async () => {
  await expectNoOpenSockets();
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function startServer(key?: string): Promise<FakeAzureSpeechServer> {
  const server = await FakeAzureSpeechServer.start({ key });
  servers.push(server);
  return server;
}

describe('createAzureSpeech configuration', () => {
  it('rejects incomplete or contradictory configuration with a clear message', () => {
    expect(() => createAzureSpeech({})).toThrow(/incomplete.*key \+ region.*host \/ endpoint/);
    expect(() => createAzureSpeech({ region: 'eastasia' })).toThrow(/region needs a subscription key/);
    expect(() => createAzureSpeech({ key: 'k', host: 'ws://a:5000', endpoint: 'wss://b/' })).toThrow(
      /host or endpoint, not both/,
    );
    expect(() => createAzureSpeech({ host: 'localhost:5000' })).toThrow(/host: must be/);
    expect(() => createAzureSpeech({ host: 'ftp://a' })).toThrow(/ws\(s\):\/\/ or http\(s\):\/\//);
    expect(() => createAzureSpeech({ key: ' ', region: 'eastasia' })).toThrow(/key is empty/);
    expect(() => createAzureSpeech({ sttHost: 'ws://a:5000' })).toThrow(/incomplete for text to speech/);
    expect(() => createAzureSpeech({ key: 'k', region: 'eastasia', voices: { fr: 'x' } as never })).toThrow(
      AzureSpeechConfigError,
    );
  });

  it('builds cloud engines from key + region without connecting', () => {
    const { stt, tts } = createAzureSpeech({
      key: 'k',
      region: 'chinaeast2',
      voices: { 'zh-CN': 'zh-CN-YunxiNeural' },
    });
    expect(stt.name).toBe('azure');
    expect(stt.locales).toEqual(['zh-CN', 'en']);
    expect(tts.voiceFor('zh-CN')).toBe('zh-CN-YunxiNeural');
    expect(tts.voiceFor('en')).toBe('en-US-JennyNeural');
    expect(tts.sampleRate).toBe(16000);
  });

  it('reaches an on-premises container by host, with the key when one is configured', async () => {
    const server = await startServer('container-key');
    const { tts } = createAzureSpeech({
      host: server.url.toString(),
      key: 'container-key',
      sampleRate: 24000,
    });
    const chunks = await within(10_000, collect(tts.synthesize({ text: '您好。', locale: 'zh-CN' })));
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks[0]?.sampleRate).toBe(24000);
    expect(server.connections[0]?.path).toBe('/tts/cognitiveservices/websocket/v1');
    expect(server.connections[0]?.headers['ocp-apim-subscription-key']).toBe('container-key');
  });

  it('sends STT and TTS to separate containers (sttHost / ttsHost) and to explicit endpoints', async () => {
    const sttServer = await startServer();
    const ttsServer = await startServer();
    sttServer.configure({ recognition: { utterances: [{ text: '查询余额。' }] } });
    const byHost = createAzureSpeech({
      sttHost: sttServer.url.toString(),
      ttsHost: ttsServer.url.toString(),
    });
    await within(10_000, collect(byHost.tts.synthesize({ text: 'Hi.', locale: 'en' })));
    const stream = byHost.stt.stream({ locale: 'zh-CN' });
    for (const frame of pcmFrames(200)) stream.write(frame);
    stream.end();
    const events = await within(10_000, collect(stream.events()));
    expect(events.filter((e) => e.kind === 'final').map((e) => e.text)).toEqual(['查询余额。']);
    expect(sttServer.connections.map((c) => c.kind)).toEqual(['recognition']);
    expect(ttsServer.connections.map((c) => c.kind)).toEqual(['synthesis']);

    const base = ttsServer.url.toString().replace(/\/$/, '');
    const byEndpoint = createAzureSpeech({
      ttsEndpoint: `${base}/tts/custom/v1`,
      sttEndpoint: `${base}/stt/custom/v1`,
    });
    await within(10_000, collect(byEndpoint.tts.synthesize({ text: 'Hi.', locale: 'en' })));
    expect(ttsServer.connections.at(-1)?.path).toBe('/tts/custom/v1');
    ttsServer.configure({ recognition: { utterances: [{ text: 'Hello.' }] } });
    const viaEndpoint = byEndpoint.stt.stream({ locale: 'en' });
    viaEndpoint.end();
    await within(10_000, collect(viaEndpoint.events()));
    expect(ttsServer.connections.at(-1)).toMatchObject({ kind: 'recognition', path: '/stt/custom/v1' });
  });
});
