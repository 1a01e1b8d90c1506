/**
 * Offline text-to-speech with eSpeak NG (`cmn` for zh-CN, `en-us` for en) running in a warm worker thread.
 * Long text is split into sentences; each sentence streams as eSpeak produces it, cut into chunks of
 * `chunkMs` with the words and visemes that start inside each chunk. The next sentence is synthesised
 * only after the previous one has been handed on, and an aborted request stops eSpeak mid-sentence.
 */
import type { Locale, Timeline } from '../../protocol/protocol.ts';
import { silentLogger, type Logger } from '../../logger.ts';
import type { TextToSpeech, TtsChunk, TtsRequest } from '../speech_types.ts';
import { AsyncQueue } from '../async_queue.ts';
import { splitSentences } from '../text/sentences.ts';
import { clampTimeline, roundMs, shiftTimeline, sliceTimeline } from '../timeline.ts';
import { int16ToBytes } from '../audio/pcm.ts';
import { EspeakTimelineBuilder } from './espeak_timeline.ts';
import type { EspeakEvent } from './espeak_events.ts';
import { EspeakWorkerClient } from './espeak_worker_client.ts';

export const ESPEAK_VOICES: Readonly<Record<Locale, string>> = { 'zh-CN': 'cmn', en: 'en-us' };

/** What happened when, for tests and benchmarks (ms from `performance.now()`). */
export type EspeakTrace =
  | { kind: 'sentence_start'; index: number; text: string; atMs: number }
  | { kind: 'sentence_done'; index: number; atMs: number; aborted: boolean };

export interface EspeakTtsOptions {
  logger?: Logger;
  /** Audio per chunk, 100-200 ms. */
  chunkMs?: number;
  voices?: Partial<Record<Locale, string>>;
  onTrace?: (event: EspeakTrace) => void;
}

type SentenceEvent = { kind: 'audio'; samples: Int16Array; events: EspeakEvent[] } | { kind: 'done' };

export class EspeakTts implements TextToSpeech {
  readonly name = 'espeak';
  readonly locales: readonly Locale[] = ['zh-CN', 'en'];
  private readonly client: EspeakWorkerClient;
  private readonly chunkMs: number;
  private readonly voices: Record<Locale, string>;
  private readonly logger: Logger;

  constructor(private readonly options: EspeakTtsOptions = {}) {
    this.logger = options.logger ?? silentLogger();
    this.voices = { ...ESPEAK_VOICES, ...options.voices };
    this.chunkMs = Math.min(200, Math.max(100, options.chunkMs ?? 160));
    this.client = new EspeakWorkerClient(this.logger, Object.values(this.voices));
  }

  /** Starts and warms the worker; rejects with a readable reason when eSpeak is not installed. */
  async warmUp(): Promise<void> {
    await this.client.start();
  }

  async *synthesize(request: TtsRequest): AsyncIterable<TtsChunk> {
    const { signal } = request;
    const { sampleRate } = await this.client.start();
    const voice = request.voice ?? this.voices[request.locale];
    const chunkSamples = Math.round((this.chunkMs * sampleRate) / 1000);
    let baseSamples = 0; // samples of the sentences already streamed
    const sentences = splitSentences(request.text);
    for (const [index, text] of sentences.entries()) {
      if (signal?.aborted) return;
      const queue = new AsyncQueue<SentenceEvent>();
      const onAbort = (): void => queue.close();
      signal?.addEventListener('abort', onAbort, { once: true });
      this.options.onTrace?.({ kind: 'sentence_start', index, text, atMs: performance.now() });
      const job = this.client
        .synth(
          voice,
          text,
          { onAudio: (samples, events) => queue.push({ kind: 'audio', samples, events }) },
          signal,
        )
        .then(
          ({ aborted }) => {
            this.options.onTrace?.({ kind: 'sentence_done', index, atMs: performance.now(), aborted });
            queue.push({ kind: 'done' });
            queue.close();
          },
          (err: unknown) => queue.fail(err),
        );
      try {
        const builder = new EspeakTimelineBuilder(request.locale, text);
        const pending: Int16Array[] = [];
        let pendingSamples = 0;
        let emitted = 0; // samples of this sentence already yielded
        const ms = (samples: number): number => (samples * 1000) / sampleRate;
        const take = (n: number): Int16Array => {
          const out = new Int16Array(n);
          let filled = 0;
          while (filled < n) {
            const head = pending[0]!;
            const use = Math.min(head.length, n - filled);
            out.set(head.subarray(0, use), filled);
            filled += use;
            if (use === head.length) pending.shift();
            else pending[0] = head.subarray(use);
          }
          pendingSamples -= n;
          return out;
        };
        const chunk = (samples: Int16Array, timeline: Timeline): TtsChunk => {
          const startMs = ms(emitted);
          const endMs = ms(emitted + samples.length);
          const slice = sliceTimeline(timeline, startMs, endMs);
          emitted += samples.length;
          return {
            audio: int16ToBytes(samples),
            sampleRate,
            offsetMs: roundMs(ms(baseSamples) + startMs),
            durationMs: roundMs(endMs - startMs),
            timeline: shiftTimeline(slice, ms(baseSamples)),
          };
        };
        let finished = false;
        for await (const ev of queue) {
          if (ev.kind === 'done') {
            finished = true;
            break;
          }
          builder.add(ev.events);
          pending.push(ev.samples);
          pendingSamples += ev.samples.length;
          // A chunk goes out once its audio is here and every entry starting inside it has its end.
          while (pendingSamples >= chunkSamples && builder.finalUntilMs >= ms(emitted + chunkSamples)) {
            if (signal?.aborted) return;
            yield chunk(take(chunkSamples), builder.build());
          }
        }
        if (!finished || signal?.aborted) return;
        const total = emitted + pendingSamples;
        const full = clampTimeline(builder.build(ms(total)), ms(total));
        while (pendingSamples > 0) {
          if (signal?.aborted) return;
          yield chunk(take(Math.min(chunkSamples, pendingSamples)), full);
        }
        baseSamples += total;
      } finally {
        signal?.removeEventListener('abort', onAbort);
        await job;
      }
    }
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}
