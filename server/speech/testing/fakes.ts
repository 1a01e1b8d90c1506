/** Small stand-ins for engines in tests and benchmarks: scripted recognisers, synthetic audio, a level VAD. */
import type { Locale } from '../../protocol/protocol.ts';
import type {
  SpeechToText,
  SttStream,
  SttStreamOptions,
  TextToSpeech,
  TranscriptEvent,
  TtsChunk,
  TtsRequest,
} from '../speech_types.ts';
import { AsyncQueue } from '../async_queue.ts';
import { int16ToBytes } from '../audio/pcm.ts';
import type { VadFactory, VadStream } from '../vad/voice_activity.ts';

/** Recognises every turn as `text` (or the next of several texts), once the audio ends. */
export class ScriptedStt implements SpeechToText {
  readonly name = 'scripted';
  readonly streams: { options: SttStreamOptions; bytes: number }[] = [];
  private n = 0;

  constructor(
    private readonly texts: readonly string[],
    readonly locales: readonly Locale[] = ['zh-CN', 'en'],
    private readonly finalDelayMs = 0,
  ) {}

  stream(options: SttStreamOptions): SttStream {
    const record = { options, bytes: 0 };
    this.streams.push(record);
    const queue = new AsyncQueue<TranscriptEvent>();
    const text = this.texts[Math.min(this.n++, this.texts.length - 1)] ?? '';
    let ended = false;
    return {
      write: (pcm) => {
        record.bytes += pcm.byteLength;
      },
      end: () => {
        if (ended) return;
        ended = true;
        setTimeout(() => {
          const endMs = (record.bytes / 32000) * 1000;
          queue.push({ kind: 'final', text, confidence: 0.9, locale: options.locale, startMs: 0, endMs });
          queue.close();
        }, this.finalDelayMs);
      },
      events: () => queue,
    };
  }
}

/**
 * A streaming recogniser that supports `commit`: each stretch of audio ended by a commit (or by `end`) is
 * recognised as the next of `segments`, `decodeMs` later. Records commits and aborts for assertions.
 */
export class CommittingStt implements SpeechToText {
  readonly name = 'committing';
  readonly streams: { commits: number; bytes: number; aborted: boolean; ended: boolean }[] = [];
  private next = 0;

  constructor(
    private readonly segments: readonly string[],
    readonly locales: readonly Locale[] = ['zh-CN', 'en'],
    private readonly decodeMs = 0,
  ) {}

  stream(options: SttStreamOptions): SttStream {
    const record = { commits: 0, bytes: 0, aborted: false, ended: false };
    this.streams.push(record);
    const queue = new AsyncQueue<TranscriptEvent>();
    let uncommitted = 0;
    let startMs = 0;
    let tail: Promise<void> = Promise.resolve();
    const recognise = (): Promise<void> => {
      if (uncommitted === 0) return tail;
      const endMs = startMs + uncommitted / 32;
      const segment = { startMs, endMs };
      startMs = endMs;
      uncommitted = 0;
      const text = this.segments[Math.min(this.next++, this.segments.length - 1)] ?? '';
      tail = tail.then(
        () =>
          new Promise<void>((resolve) =>
            setTimeout(() => {
              if (text !== '')
                queue.push({ kind: 'final', text, confidence: 0.9, locale: options.locale, ...segment });
              resolve();
            }, this.decodeMs),
          ),
      );
      return tail;
    };
    options.signal?.addEventListener('abort', () => {
      record.aborted = true;
      queue.close();
    });
    return {
      write: (pcm) => {
        if (record.ended) return;
        record.bytes += pcm.byteLength;
        uncommitted += pcm.byteLength;
      },
      commit: () => {
        record.commits++;
        return recognise();
      },
      end: () => {
        if (record.ended) return;
        record.ended = true;
        void recognise().then(() => queue.close());
      },
      events: () => queue,
    };
  }
}

/** Speech probability from the frame's level: loud frames are speech. Deterministic, no model. */
export class LevelVad implements VadStream {
  readonly frameSamples = 512;
  readonly sampleRate = 16000;
  async probability(frame: Float32Array): Promise<number> {
    let sum = 0;
    for (const x of frame) sum += x * x;
    return Math.sqrt(sum / frame.length) > 0.05 ? 0.95 : 0.02;
  }
  reset(): void {}
}

export const levelVadFactory: VadFactory = async () => new LevelVad();

/** `ms` of a 220 Hz tone (speech-like level for LevelVad) or silence, PCM16 16 kHz. */
export function tone(ms: number, amplitude = 8000): Int16Array {
  const n = Math.round((ms * 16000) / 1000);
  const out = new Int16Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.round(amplitude * Math.sin((2 * Math.PI * 220 * i) / 16000));
  return out;
}

export function silence(ms: number): Int16Array {
  return new Int16Array(Math.round((ms * 16000) / 1000));
}

/** Cuts audio into 20 ms frames of PCM16 bytes. */
export function frames(samples: Int16Array, frameMs = 20): Uint8Array[] {
  const n = (frameMs * 16000) / 1000;
  const out: Uint8Array[] = [];
  for (let i = 0; i < samples.length; i += n) out.push(int16ToBytes(samples.subarray(i, i + n)));
  return out;
}

export function concat(...parts: Int16Array[]): Int16Array {
  const out = new Int16Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Yields `chunks` chunks of 100 ms, `delayMs` apart; honours the abort signal; can fail after `failAfter`. */
export class SlowTts implements TextToSpeech {
  readonly name: string;
  readonly requests: TtsRequest[] = [];
  constructor(
    private readonly opts: {
      chunks: number;
      delayMs: number;
      failAfter?: number;
      name?: string;
      sampleRate?: number;
      /** Time between the last chunk and the end of the stream (a network engine confirming it is done). */
      tailDelayMs?: number;
    },
    readonly locales: readonly Locale[] = ['zh-CN', 'en'],
  ) {
    this.name = opts.name ?? 'slow';
  }

  async *synthesize(request: TtsRequest): AsyncIterable<TtsChunk> {
    this.requests.push(request);
    const rate = this.opts.sampleRate ?? 16000;
    const words = request.text.split(/\s+/).filter(Boolean);
    for (let i = 0; i < this.opts.chunks; i++) {
      await new Promise((r) => setTimeout(r, this.opts.delayMs));
      if (request.signal?.aborted) return;
      if (this.opts.failAfter !== undefined && i >= this.opts.failAfter)
        throw new Error(`${this.name} failed`);
      const word = words[i];
      yield {
        audio: new Uint8Array((rate / 10) * 2),
        sampleRate: rate,
        offsetMs: i * 100,
        durationMs: 100,
        timeline: {
          words: word ? [{ text: word, startMs: i * 100, endMs: i * 100 + 90 }] : [],
          visemes: [{ viseme: 'aa', startMs: i * 100, endMs: i * 100 + 100 }],
        },
      };
    }
    if (this.opts.tailDelayMs) await new Promise((r) => setTimeout(r, this.opts.tailDelayMs));
  }
}
