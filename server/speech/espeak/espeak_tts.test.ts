import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VISEMES, type Locale } from '../../protocol/protocol.ts';
import { silentLogger } from '../../logger.ts';
import type { TtsChunk } from '../speech_types.ts';
import { EspeakTts, type EspeakTrace } from './espeak_tts.ts';
import { espeakPackageInstalled, EspeakWorkerClient } from './espeak_worker_client.ts';
import { visemeForIpa } from '../visemes/ipa_visemes.ts';
import { visemeForEspeakCmn } from '../visemes/mandarin_visemes.ts';

const installed = espeakPackageInstalled();
if (!installed) console.warn('skipping eSpeak tests: @echogarden/espeak-ng-emscripten is not installed');

async function collect(
  tts: EspeakTts,
  text: string,
  locale: Locale,
  signal?: AbortSignal,
): Promise<TtsChunk[]> {
  const out: TtsChunk[] = [];
  for await (const c of tts.synthesize({ text, locale, ...(signal ? { signal } : {}) })) out.push(c);
  return out;
}

/** Checks what the client relies on: contiguous audio, timeline entries inside their chunk and the audio. */
function expectWellFormed(chunks: TtsChunk[]): { durationMs: number; words: string[]; visemeMs: number } {
  expect(chunks.length).toBeGreaterThan(1);
  let expectedOffset = 0;
  const words: string[] = [];
  let visemeMs = 0;
  let lastVisemeEnd = 0;
  for (const [i, c] of chunks.entries()) {
    expect(c.sampleRate).toBe(22050);
    expect(c.offsetMs).toBeCloseTo(expectedOffset, 0);
    expect(c.audio.byteLength / 2 / 22.05).toBeCloseTo(c.durationMs, 0);
    if (i < chunks.length - 1 && chunks[i + 1]!.offsetMs - c.offsetMs >= 100)
      expect(c.durationMs).toBeLessThanOrEqual(200);
    for (const e of [...c.timeline.words, ...c.timeline.visemes]) {
      expect(e.startMs).toBeGreaterThanOrEqual(c.offsetMs - 0.1);
      expect(e.startMs).toBeLessThan(c.offsetMs + c.durationMs + 0.1);
      expect(e.endMs).toBeGreaterThan(e.startMs);
    }
    for (const v of c.timeline.visemes) {
      expect(VISEMES).toContain(v.viseme);
      expect(v.startMs).toBeGreaterThanOrEqual(lastVisemeEnd - 0.1); // ordered, no overlap
      lastVisemeEnd = v.endMs;
      visemeMs += v.endMs - v.startMs;
    }
    words.push(...c.timeline.words.map((w) => w.text));
    expectedOffset = c.offsetMs + c.durationMs;
  }
  const durationMs = expectedOffset;
  for (const c of chunks)
    for (const e of [...c.timeline.words, ...c.timeline.visemes])
      expect(e.endMs).toBeLessThanOrEqual(durationMs + 0.1);
  return { durationMs, words, visemeMs };
}

describe.skipIf(!installed)('EspeakTts', () => {
  let tts: EspeakTts;
  const traces: EspeakTrace[] = [];

  beforeAll(async () => {
    tts = new EspeakTts({ onTrace: (t) => traces.push(t) });
    await tts.warmUp();
  });
  afterAll(async () => {
    await tts.close();
  });

  it('speaks Mandarin with every character in the word timeline and visemes covering the audio', async () => {
    const text = '您好，请问有什么可以帮您？';
    const { durationMs, words, visemeMs } = expectWellFormed(await collect(tts, text, 'zh-CN'));
    expect(words.join('')).toBe('您好请问有什么可以帮您');
    expect(durationMs).toBeGreaterThan(1500);
    expect(visemeMs).toBeGreaterThan(durationMs * 0.9);
  });

  it('speaks English with its words in order and the mouth shapes changing', async () => {
    const chunks = await collect(tts, 'Hello, how can I help you today?', 'en');
    const { words } = expectWellFormed(chunks);
    expect(words).toEqual(['Hello', 'how', 'can', 'I', 'help', 'you', 'today']);
    const shapes = new Set(chunks.flatMap((c) => c.timeline.visemes.map((v) => v.viseme)));
    expect(shapes.size).toBeGreaterThanOrEqual(4);
    // The comma after "Hello" is a pause: the mouth rests there.
    const hello = chunks.flatMap((c) => c.timeline.words).find((w) => w.text === 'Hello')!;
    const after = chunks.flatMap((c) => c.timeline.visemes).find((v) => v.startMs >= hello.endMs - 1);
    expect(after?.viseme).toBe('sil');
  });

  it('maps every phoneme eSpeak uses for banking replies to a mouth shape', async () => {
    const client = new EspeakWorkerClient(silentLogger(), ['cmn', 'en-us']);
    const unknown = new Set<string>();
    const corpus: [string, Locale, string][] = [
      [
        'cmn',
        'zh-CN',
        '您的信用卡账单已经出来了，本期应还金额为三千二百元。请携带身份证到柜台办理挂失。日出，知识，资产，绿色，学习，窗户，熊，云，全。',
      ],
      [
        'en-us',
        'en',
        'Your credit card statement is ready. Thought, this, measure, church, judge, ship, bird, boy, cow, hour, pure, near, hair, north, tour, button, little, sing, vision.',
      ],
    ];
    for (const [voice, locale, text] of corpus) {
      await client.synth(voice, text, {
        onAudio: (_s, events) => {
          for (const e of events) {
            if (e.type !== 'phoneme') continue;
            const id = String(e.id ?? '');
            const isMarker = /^\(.*\)$/.test(id);
            const mapped = locale === 'zh-CN' ? visemeForEspeakCmn(id) : visemeForIpa(id);
            if (mapped === null && !isMarker) unknown.add(id);
          }
        },
      });
    }
    await client.close();
    expect([...unknown]).toEqual([]);
  });

  it('yields the first sentence before synthesising the second', async () => {
    traces.length = 0;
    const text = '您好，欢迎来到本行。请问您要办理什么业务？我们可以为您查询余额、转账和挂失。';
    let firstChunkAt = 0;
    for await (const c of tts.synthesize({ text, locale: 'zh-CN' })) {
      if (firstChunkAt === 0) firstChunkAt = performance.now();
      void c;
    }
    const secondStart = traces.find((t) => t.kind === 'sentence_start' && t.index === 1);
    const lastDone = traces.filter((t) => t.kind === 'sentence_done').at(-1);
    expect(traces.filter((t) => t.kind === 'sentence_start')).toHaveLength(3);
    expect(firstChunkAt).toBeLessThan(secondStart!.atMs);
    expect(firstChunkAt).toBeLessThan(lastDone!.atMs);
  });

  it('stops yielding and skips the remaining sentences when aborted', async () => {
    traces.length = 0;
    const controller = new AbortController();
    const text = 'First sentence is here. Second sentence follows. Third sentence ends it.';
    const chunks: TtsChunk[] = [];
    for await (const c of tts.synthesize({ text, locale: 'en', signal: controller.signal })) {
      chunks.push(c);
      controller.abort();
    }
    expect(chunks).toHaveLength(1);
    expect(traces.filter((t) => t.kind === 'sentence_start')).toHaveLength(1);
  });
});
