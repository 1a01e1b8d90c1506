/**
 * Owns the eSpeak NG worker thread: starts it once, warms both voices, runs synthesis jobs one at a time
 * (the worker's message queue serialises them) and cancels a running job through shared memory.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../../logger.ts';
import type { EspeakEvent, FromWorker, ToWorker } from './espeak_events.ts';

export const ESPEAK_PACKAGE = '@echogarden/espeak-ng-emscripten';

export const ESPEAK_UNAVAILABLE_NOTE =
  `Offline voice output needs the optional package ${ESPEAK_PACKAGE} (GPL-3.0), which is not installed: ` +
  'run `npm install --include=optional`, or set TTS_ENGINE=azure or TTS_ENGINE=none.';

export interface JobHandlers {
  onStarted?: () => void;
  onAudio: (samples: Int16Array, events: EspeakEvent[]) => void;
}

interface Job extends JobHandlers {
  resolve: (result: { aborted: boolean }) => void;
  reject: (err: Error) => void;
}

export class EspeakUnavailableError extends Error {
  override name = 'EspeakUnavailableError';
}

/** Whether the optional eSpeak package can be resolved from here, without loading it. */
export function espeakPackageInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve(ESPEAK_PACKAGE);
    return true;
  } catch {
    return false; // not installed (optional dependency)
  }
}

export class EspeakWorkerClient {
  private worker: Worker | undefined;
  private readyPromise: Promise<{ sampleRate: number }> | undefined;
  private readonly cancel = new Int32Array(new SharedArrayBuffer(4));
  private readonly jobs = new Map<number, Job>();
  private nextJobId = 1;
  private sampleRate = 22050;

  constructor(
    private readonly logger: Logger,
    private readonly voices: readonly string[],
  ) {}

  /** Starts and warms the worker once; later calls return the same promise. */
  start(): Promise<{ sampleRate: number }> {
    this.readyPromise ??= this.spawn();
    return this.readyPromise;
  }

  private spawn(): Promise<{ sampleRate: number }> {
    if (!espeakPackageInstalled()) return Promise.reject(new EspeakUnavailableError(ESPEAK_UNAVAILABLE_NOTE));
    const worker = new Worker(new URL('./espeak_worker.js', import.meta.url), {
      workerData: { cancel: this.cancel },
      // Only what the worker needs: no inherited loaders (tsx) for a plain JS worker.
      execArgv: [],
    });
    this.worker = worker;
    return new Promise((resolve, reject) => {
      worker.on('message', (msg: FromWorker) => {
        switch (msg.type) {
          case 'ready':
            this.sampleRate = msg.sampleRate;
            this.logger.info(
              { initMs: Math.round(msg.initMs), warmupMs: Math.round(msg.warmupMs) },
              'espeak worker ready',
            );
            resolve({ sampleRate: msg.sampleRate });
            this.refWhileBusy();
            return;
          case 'unavailable':
            reject(new EspeakUnavailableError(`${ESPEAK_UNAVAILABLE_NOTE} (${msg.message})`));
            return;
          case 'started':
            this.jobs.get(msg.jobId)?.onStarted?.();
            return;
          case 'audio':
            this.jobs.get(msg.jobId)?.onAudio(msg.samples, msg.events);
            return;
          case 'done': {
            const job = this.jobs.get(msg.jobId);
            this.jobs.delete(msg.jobId);
            this.refWhileBusy();
            job?.resolve({ aborted: msg.aborted });
            return;
          }
          case 'error': {
            const job = this.jobs.get(msg.jobId);
            this.jobs.delete(msg.jobId);
            this.refWhileBusy();
            job?.reject(new Error(`espeak synthesis failed: ${msg.message}`));
            return;
          }
        }
      });
      worker.on('error', (err) => {
        this.logger.error({ err }, 'espeak worker crashed');
        reject(err);
        this.failAll(err);
      });
      worker.on('exit', (code) => {
        if (this.worker === worker) this.worker = undefined;
        this.readyPromise = undefined;
        this.failAll(new Error(`espeak worker exited (code ${code})`));
      });
      this.post({ type: 'warmup', voices: [...this.voices] });
    });
  }

  get rate(): number {
    return this.sampleRate;
  }

  /** Runs one synthesis job; `onAudio` gets each block of samples with its events as eSpeak makes them. */
  async synth(
    voice: string,
    text: string,
    handlers: JobHandlers,
    signal?: AbortSignal,
  ): Promise<{ aborted: boolean }> {
    await this.start();
    if (signal?.aborted) return { aborted: true };
    const jobId = this.nextJobId++;
    const onAbort = (): void => {
      Atomics.store(this.cancel, 0, jobId);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      return await new Promise<{ aborted: boolean }>((resolve, reject) => {
        this.jobs.set(jobId, { ...handlers, resolve, reject });
        this.refWhileBusy();
        this.post({ type: 'synth', jobId, voice, text });
      });
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /** The idle worker must not keep the process alive (CLIs exit when done); a busy one must. */
  private refWhileBusy(): void {
    if (this.jobs.size > 0) this.worker?.ref();
    else this.worker?.unref();
  }

  private post(msg: ToWorker): void {
    if (!this.worker) throw new Error('espeak worker is not running');
    this.worker.postMessage(msg);
  }

  private failAll(err: Error): void {
    for (const job of this.jobs.values()) job.reject(err);
    this.jobs.clear();
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    this.readyPromise = undefined;
    this.failAll(new Error('espeak worker closed'));
    if (w) await w.terminate();
  }
}
