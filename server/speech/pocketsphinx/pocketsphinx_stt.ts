/**
 * English speech-to-text with Debian's CMU PocketSphinx (`apt-get install pocketsphinx pocketsphinx-en-us`).
 * Streaming: the audio goes to a `pocketsphinx_continuous` child as it arrives, so the first pass keeps up
 * with the speaker. `commit()` (the speaker paused) closes that child's input, which makes it finish the
 * utterance at once: the transcript is ready while the customer is still silent instead of after the end of
 * the turn. Audio after a commit goes to a new child (one segment each); segments report in order with
 * their times in the stream, and at most the one finishing and the one listening run at a time. Model
 * load is about 0.3 s per child while the first audio queues in the pipe. No partial results.
 *
 * Each child after the first on a channel (the customer's microphone, `SttStreamOptions.channel`) starts
 * from the cepstral mean the previous one ended with (`cepstral_mean.ts`): a customer's later turns are
 * recognised with their own microphone's colouring removed from the first frame.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Locale } from '../../protocol/protocol.ts';
import { silentLogger, type Logger } from '../../logger.ts';
import type { SpeechToText, SttStream, SttStreamOptions, TranscriptEvent } from '../speech_types.ts';
import { AsyncQueue } from '../async_queue.ts';
import { POCKETSPHINX_UNAVAILABLE_NOTE, PocketsphinxProcess } from './pocketsphinx_process.ts';
import { acousticModelDir, FeatParamsFiles, type CepstralMean } from './cepstral_mean.ts';

export { POCKETSPHINX_UNAVAILABLE_NOTE } from './pocketsphinx_process.ts';

export const POCKETSPHINX_BINARY = 'pocketsphinx_continuous';
export const POCKETSPHINX_MODEL_DIR = '/usr/share/pocketsphinx/model/en-us';
/** The acoustic model pocketsphinx_continuous loads by default (its feat.params holds `-cmninit`). */
const DEFAULT_ACOUSTIC_MODEL_DIR = `${POCKETSPHINX_MODEL_DIR}/en-us`;

/**
 * How much PocketSphinx does once the audio of a segment has ended (its forward pass keeps up with the
 * audio, so this is the wait for the final):
 * - `accurate`: forward tree (at most 5,000 active HMMs a frame) + flat pass + best path, about 280 ms for a
 *   2.5 s segment here;
 * - `balanced`: no flat pass, the best path over the forward lattice, about 160 ms;
 * - `fast`: first pass only, about 60 ms, clearly more errors.
 * `npm run bench -- voice` compares them (README, Voice).
 */
export type PocketsphinxProfile = 'accurate' | 'balanced' | 'fast';

const PROFILE_ARGS: Record<PocketsphinxProfile, string[]> = {
  // At most 5,000 active HMMs per frame (PocketSphinx's default: 30,000). The first pass must keep up with
  // the speaker, and on a machine here it took 0.6-0.75 s of CPU per second of audio, so through the server
  // it fell behind. Capped, the two English clips decode in about a third less CPU (`-infile`, three runs
  // each: 8.3-9.8 s against 12.3-14.7 s for 19.7 s of audio) with the same words (17 errors in 52), and over
  // the speed-perturbed copies (`npm run bench -- voice --no-via-server --engines pocketsphinx --modes
  // adaptive --perturbed-wer`) 143 errors in 364 words against 148: the flat second pass recovers what the
  // narrower first pass drops. Without that pass (`balanced`) the cap cost words (LibriSpeech 40% wrong), and
  // 3,000 cost 5 more words on the clips even here.
  accurate: ['-maxhmmpf', '5000'],
  balanced: ['-fwdflat', 'no'],
  fast: ['-fwdflat', 'no', '-bestpath', 'no'],
};

export interface PocketsphinxOptions {
  binary?: string;
  profile?: PocketsphinxProfile;
  /** Extra CLI arguments (e.g. `-hmm`, `-lm`, `-dict` for another model). */
  extraArgs?: string[];
  logger?: Logger;
}

export interface EngineAvailability {
  available: boolean;
  reason?: string;
}

export function pocketsphinxAvailability(binary = POCKETSPHINX_BINARY): EngineAvailability {
  const probe = spawnSync('sh', ['-c', 'command -v "$0"', binary], { encoding: 'utf8' });
  if (probe.status !== 0)
    return { available: false, reason: `${POCKETSPHINX_UNAVAILABLE_NOTE} (${binary} not found)` };
  if (binary === POCKETSPHINX_BINARY && !existsSync(POCKETSPHINX_MODEL_DIR)) {
    return {
      available: false,
      reason: `${POCKETSPHINX_UNAVAILABLE_NOTE} (no model at ${POCKETSPHINX_MODEL_DIR})`,
    };
  }
  return { available: true };
}

/** What the recogniser has learned about one customer's microphone: the cepstral mean to start from. */
interface Channel {
  mean: CepstralMean | undefined;
}

/** One child's stretch of the stream: its utterances wait here until the segments before it are reported. */
interface Segment {
  process: PocketsphinxProcess;
  offsetMs: number;
  pending: TranscriptEvent[];
  closed: boolean;
  /** Resolves once this segment and every one before it have been reported. */
  reported: Promise<void>;
  markReported: () => void;
}

class PocketsphinxStream implements SttStream {
  private readonly queue = new AsyncQueue<TranscriptEvent>();
  /** Oldest first; the last one is still listening unless the stream was committed or ended. */
  private readonly segments: Segment[] = [];
  private listening: Segment | undefined;
  private writtenBytes = 0;
  private ended = false;
  private stopped = false;

  constructor(
    /** A recogniser child for the next segment on this channel, its model loaded or loading. */
    private readonly takeProcess: (channel: Channel) => PocketsphinxProcess,
    private readonly channel: Channel,
    /** The turn is over and the channel's mean may have moved on since its spare was started. */
    private readonly turnOver: (channel: Channel) => void,
    private readonly locale: Locale,
    signal?: AbortSignal,
  ) {
    if (signal?.aborted) this.stop();
    else {
      signal?.addEventListener('abort', () => this.stop(), { once: true });
      // Load the model while the first audio (speech onset) is on its way.
      this.listening = this.openSegment();
    }
  }

  write(pcm: Uint8Array): void {
    if (this.ended || this.stopped || pcm.byteLength === 0) return;
    this.listening ??= this.openSegment();
    this.listening.process.write(pcm);
    this.writtenBytes += pcm.byteLength;
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.listening?.process.end();
    this.listening = undefined;
    this.turnOver(this.channel);
    this.report();
  }

  async commit(): Promise<void> {
    const segment = this.listening;
    this.listening = undefined;
    segment?.process.end();
    const last = segment ?? this.segments.at(-1);
    if (last) await last.reported;
  }

  events(): AsyncIterable<TranscriptEvent> {
    return this.queue;
  }

  private openSegment(): Segment {
    let markReported = (): void => undefined;
    const reported = new Promise<void>((resolve) => (markReported = resolve));
    const offsetMs = this.writtenBytes / 32;
    const segment: Segment = {
      offsetMs,
      pending: [],
      closed: false,
      reported,
      markReported,
      process: this.takeProcess(this.channel),
    };
    segment.process.attach((u) => {
      segment.pending.push({
        kind: 'final',
        locale: this.locale,
        text: u.text,
        confidence: u.confidence,
        startMs: Math.round(offsetMs + u.startMs),
        endMs: Math.round(offsetMs + u.endMs),
      });
      this.report();
    });
    this.segments.push(segment);
    segment.process.done.then(
      () => {
        segment.closed = true;
        const mean = segment.process.cepstralMean;
        if (mean) {
          this.channel.mean = mean;
          if (this.ended) this.turnOver(this.channel);
        }
        this.report();
      },
      (err: unknown) => {
        this.queue.fail(err);
        this.stop();
      },
    );
    return segment;
  }

  /** Queues what the oldest segments recognised, in order; ends the events when all are done. */
  private report(): void {
    for (let head = this.segments[0]; head; head = this.segments[0]) {
      for (const e of head.pending.splice(0)) this.queue.push(e);
      if (!head.closed) break;
      this.segments.shift();
      head.markReported();
    }
    if (this.ended && this.segments.length === 0) this.queue.close();
  }

  /** Aborted or failed: every child is killed and waiting commits return. */
  private stop(): void {
    this.stopped = true;
    this.ended = true;
    this.listening = undefined;
    this.queue.close();
    for (const s of this.segments.splice(0)) {
      s.process.kill();
      s.markReported();
    }
  }
}

export class PocketsphinxStt implements SpeechToText {
  readonly name: string;
  readonly locales: readonly Locale[] = ['en'];
  private readonly binary: string;
  private readonly args: string[];
  private readonly logger: Logger;
  private readonly running = new Set<PocketsphinxProcess>();
  /**
   * One child with its model loaded, waiting for the next segment (started on first use), for the channel
   * that spoke last (the likeliest to go on) and with that channel's mean.
   */
  private spare:
    { process: PocketsphinxProcess; channel: Channel; mean: CepstralMean | undefined } | undefined;
  private used = false;
  private lastChannel: Channel | undefined;
  private readonly channels = new WeakMap<object, Channel>();
  private readonly featParams: FeatParamsFiles;
  private closed = false;

  constructor(options: PocketsphinxOptions = {}) {
    const profile = options.profile ?? 'accurate';
    this.name = profile === 'accurate' ? 'pocketsphinx' : `pocketsphinx-${profile}`;
    this.binary = options.binary ?? POCKETSPHINX_BINARY;
    this.args = [...PROFILE_ARGS[profile], ...(options.extraArgs ?? [])];
    this.logger = options.logger ?? silentLogger();
    this.featParams = new FeatParamsFiles(acousticModelDir(this.args, DEFAULT_ACOUSTIC_MODEL_DIR));
  }

  stream(options: SttStreamOptions): SttStream {
    if (!this.locales.includes(options.locale)) {
      throw new Error(`pocketsphinx recognises English only, not ${options.locale}`);
    }
    return new PocketsphinxStream(
      (channel) => this.takeProcess(channel),
      this.channelOf(options.channel),
      (channel) => this.turnOver(channel),
      options.locale,
      options.signal,
    );
  }

  private channelOf(key: object | undefined): Channel {
    if (!key) return { mean: undefined };
    let channel = this.channels.get(key);
    if (!channel) this.channels.set(key, (channel = { mean: undefined }));
    return channel;
  }

  /**
   * Loading the model takes about 0.3 s of CPU per child, and a segment after a commit (the customer
   * paused, then went on) needs a new child at once: it takes the spare, whose model is already loaded.
   * The next spare starts loading only while no committed segment is decoding its final pass, so the
   * load never competes with the transcript the customer is waiting for. A spare started for another
   * channel with that channel's mean stays for it; this one gets a new child with its own mean.
   */
  private takeProcess(channel: Channel): PocketsphinxProcess {
    const spare = this.spare;
    // This channel's spare (inside a turn its mean may be a pause behind: no matter); another channel's only
    // when neither has learned a mean.
    const fits =
      spare !== undefined &&
      spare.process.usable &&
      (spare.channel === channel || (spare.mean === undefined && channel.mean === undefined));
    let process: PocketsphinxProcess;
    if (fits) {
      process = spare.process;
      this.spare = undefined;
    } else {
      if (spare && !spare.process.usable) {
        spare.process.kill();
        this.spare = undefined;
      }
      process = this.spawn(channel.mean);
    }
    this.used = true;
    this.lastChannel = channel;
    this.refill();
    return process;
  }

  /**
   * A turn is over: if the channel's mean has moved on since its spare was started, the spare is started
   * again with it, between turns while the avatar answers. PocketSphinx blends a new mean with the one it
   * started from (as if that had been 5 s of audio), so a mean a turn behind is still mostly the model's:
   * on jfk.wav 13 of 22 words wrong with it, 7 with the latest. Inside a turn the spare is not restarted,
   * so the part after a pause never waits for a model load.
   */
  private turnOver(channel: Channel): void {
    if (this.spare?.channel !== channel || this.spare.mean === channel.mean) return;
    this.spare.process.kill();
    this.spare = undefined;
    this.refill();
  }

  private refill(): void {
    if (this.closed || !this.used || this.spare) return;
    for (const p of this.running) if (p.finishing) return; // refilled when it exits
    const channel = this.lastChannel ?? { mean: undefined };
    this.spare = { process: this.spawn(channel.mean), channel, mean: channel.mean };
  }

  private spawn(mean: CepstralMean | undefined): PocketsphinxProcess {
    const featParams = mean ? this.featParams.write(mean) : null;
    const args = featParams ? [...this.args, '-featparams', featParams] : this.args;
    const process = new PocketsphinxProcess({ binary: this.binary, args, logger: this.logger });
    process.done.catch((err: unknown) => {
      // A spare that failed is tried again at the next take only (never in a loop); an owner reports its own.
      if (process === this.spare?.process) {
        this.spare = undefined;
        this.used = false;
        this.logger.warn({ err }, 'pocketsphinx spare failed');
      }
    });
    this.running.add(process);
    const exited = (): void => {
      this.running.delete(process);
      if (featParams) this.featParams.release(featParams);
      if (process !== this.spare?.process) setImmediate(() => this.refill());
    };
    process.done.then(exited, exited);
    return process;
  }

  /** Recogniser children decoding now (one per active turn, two while a committed segment finishes). */
  get runningProcesses(): number {
    return this.running.size - (this.spare && this.running.has(this.spare.process) ? 1 : 0);
  }

  /** Children alive, the warm spare included. */
  get childProcesses(): number {
    return this.running.size;
  }

  /** Ends every child (server shutdown). */
  async close(): Promise<void> {
    this.closed = true;
    this.spare = undefined;
    const all = [...this.running];
    all.forEach((p) => p.kill());
    await Promise.allSettled(all.map((p) => p.done));
    this.featParams.close();
  }
}
