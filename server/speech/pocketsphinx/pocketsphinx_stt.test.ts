import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { int16ToBytes } from '../audio/pcm.ts';
import { errorRate } from '../wer.ts';
import type { TranscriptEvent } from '../speech_types.ts';
import {
  loadSpeechClips,
  readClipAudio,
  speechDataAvailable,
  SPEECH_DATA_MISSING,
} from '../testing/shared_speech_data.ts';
import { PocketsphinxOutputParser } from './pocketsphinx_output.ts';
import { pocketsphinxAvailability, PocketsphinxStt } from './pocketsphinx_stt.ts';

describe('PocketSphinx output', () => {
  it('turns a hypothesis and its word lines into one utterance with times and confidence', () => {
    const p = new PocketsphinxOutputParser();
    const lines = ['and not', '<s> 3.170 3.280 0.999600', 'and(2) 3.290 3.820 0.980491', '<sil> 3.830 3.980 0.867867', 'not 3.990 4.300 0.732981', '</s> 4.310 4.760 1.000000']; // prettier-ignore
    const out = lines.map((l) => p.line(l)).filter(Boolean);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ text: 'and not', startMs: 3170, endMs: 4760 });
    expect(out[0]!.confidence).toBeCloseTo((0.980491 + 0.732981) / 2, 4);
  });

  it('reports an utterance cut off by the end of the input, without its </s> line', () => {
    const p = new PocketsphinxOutputParser();
    const lines = ['and then our my', '<s> 0.000 0.020 0.999100', 'and 0.030 0.140 0.017725', 'my 0.970 1.260 0.974722']; // prettier-ignore
    expect(lines.map((l) => p.line(l)).filter(Boolean)).toEqual([]);
    expect(p.end()).toMatchObject({ text: 'and then our my', startMs: 0, endMs: 1260 });
    expect(p.end()).toBeNull();
  });
});

const ps = pocketsphinxAvailability();
const canRun = ps.available && speechDataAvailable();
if (!ps.available) console.warn(`skipping PocketSphinx transcription: ${ps.reason}`);
else if (!speechDataAvailable()) console.warn(`skipping PocketSphinx transcription: ${SPEECH_DATA_MISSING}`);

async function transcribe(
  stt: PocketsphinxStt,
  pcm: Int16Array,
  channel?: object,
): Promise<TranscriptEvent[]> {
  const stream = stt.stream({ locale: 'en', ...(channel ? { channel } : {}) });
  for (let i = 0; i < pcm.length; i += 16000) stream.write(int16ToBytes(pcm.subarray(i, i + 16000)));
  stream.end();
  const events: TranscriptEvent[] = [];
  for await (const e of stream.events()) events.push(e);
  return events;
}

describe.skipIf(!canRun)('PocketsphinxStt on the real English clips', () => {
  it('transcribes the LibriSpeech clip with most words right', async () => {
    const clip = loadSpeechClips().find((c) => c.file.includes('librispeech'))!;
    const events = await transcribe(new PocketsphinxStt(), readClipAudio(clip).samples);
    const text = events.map((e) => e.text).join(' ');
    expect(text).toMatch(/first great sorrow/);
    expect(errorRate(clip.reference, text).rate).toBeLessThan(0.35);
    expect(events.every((e) => e.kind === 'final' && e.locale === 'en')).toBe(true);
  }, 60_000);

  it.each(['balanced', 'fast'] as const)(
    'transcribes the LibriSpeech clip with the %s profile too (fewer passes, sooner final)',
    async (profile) => {
      const clip = loadSpeechClips().find((c) => c.file.includes('librispeech'))!;
      const stt = new PocketsphinxStt({ profile });
      const events = await transcribe(stt, readClipAudio(clip).samples);
      await stt.close();
      const text = events.map((e) => e.text).join(' ');
      expect(text).toMatch(/great sorrow/);
      expect(errorRate(clip.reference, text).rate).toBeLessThan(0.35);
    },
    60_000,
  );

  it('reports each of its own utterances of jfk.wav in order with times inside the clip', async () => {
    const clip = loadSpeechClips().find((c) => c.file.includes('jfk'))!;
    const audio = readClipAudio(clip);
    const events = await transcribe(new PocketsphinxStt(), audio.samples);
    expect(events.length).toBeGreaterThanOrEqual(2);
    const text = events.map((e) => e.text).join(' ');
    expect(text).toMatch(/your country/);
    for (const [i, e] of events.entries()) {
      expect(e.endMs).toBeLessThanOrEqual(audio.samples.length / 16 + 50);
      if (i > 0) expect(e.startMs).toBeGreaterThanOrEqual(events[i - 1]!.endMs - 50);
    }
  }, 60_000);

  it("recognises a customer's later turns better once it knows their microphone", async () => {
    const clip = loadSpeechClips().find((c) => c.file.includes('jfk'))!;
    const { samples } = readClipAudio(clip);
    // The four turns the VAD finds in jfk.wav (with some of the silence around each), and what was said.
    const turns = [[0, 2400], [3000, 3900], [3700, 4500], [5100, 10900]].map(([a, b]) => samples.subarray(a! * 16, b! * 16)); // prettier-ignore
    const said =
      'and so my fellow americans ask not what your country can do for you ask what you can do for your country';
    const errors = async (channel: () => object | undefined): Promise<number> => {
      const stt = new PocketsphinxStt();
      const heard: string[] = [];
      for (const turn of turns) heard.push(...(await transcribe(stt, turn, channel())).map((e) => e.text));
      await stt.close();
      return errorRate(said, heard.join(' ')).errors;
    };
    const session = {};
    const sameMicrophone = await errors(() => session);
    const newMicrophoneEachTurn = await errors(() => ({}));
    // Each turn starts from the mean the turn before ended with: 7 of 22 words wrong instead of 14 here.
    expect(sameMicrophone).toBeLessThan(newMicrophoneEachTurn - 2);
  }, 90_000);

  it('stops the recogniser when the stream is aborted', async () => {
    const controller = new AbortController();
    const stream = new PocketsphinxStt().stream({ locale: 'en', signal: controller.signal });
    stream.write(new Uint8Array(32000));
    controller.abort();
    const events: TranscriptEvent[] = [];
    for await (const e of stream.events()) events.push(e);
    expect(events).toEqual([]);
  });
});

describe('PocketsphinxStt locales', () => {
  it('offers English only and refuses a Mandarin stream', () => {
    const stt = new PocketsphinxStt();
    expect(stt.locales).toEqual(['en']);
    expect(() => stt.stream({ locale: 'zh-CN' })).toThrow(/English only/);
  });
});

describe('PocketsphinxStt with a recogniser that fails at start', () => {
  it('reports the failure to the stream, keeps at most one spare waiting, and ends it on close', async () => {
    const warnings: string[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(line) });
    const stt = new PocketsphinxStt({ binary: 'false', logger });
    const stream = stt.stream({ locale: 'en' });
    stream.write(new Uint8Array(3200));
    stream.end();
    await expect(
      (async () => {
        for await (const e of stream.events()) void e;
      })(),
    ).rejects.toThrow(/exited with code 1/);
    await new Promise((r) => setTimeout(r, 500));
    expect(warnings.filter((w) => w.includes('pocketsphinx spare failed')).length).toBeLessThanOrEqual(1);
    expect(stt.childProcesses).toBeLessThanOrEqual(1);
    await stt.close();
    expect(stt.childProcesses).toBe(0);
  });
});
