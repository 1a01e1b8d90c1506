/**
 * English speech-to-text with Debian's CMU PocketSphinx (`apt-get install pocketsphinx pocketsphinx-en-us`).
 * Debian ships 5prealpha, whose CLI is `pocketsphinx_continuous`; `-infile /dev/stdin` reads raw PCM16
 * 16 kHz mono from a pipe. Node gives children a socket rather than a pipe for stdin, which /dev/stdin
 * cannot open, so `cat` sits in between. One process per stream (model load about 0.3 s while the first
 * audio queues in the pipe); PocketSphinx segments the audio itself and prints each utterance when it
 * ends, which this engine reports as a `final`. No partial results.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Locale } from '../../protocol/protocol.ts';
import { silentLogger, type Logger } from '../../logger.ts';
import type { SpeechToText, SttStream, SttStreamOptions, TranscriptEvent } from '../speech_types.ts';
import { AsyncQueue } from '../async_queue.ts';
import { PocketsphinxOutputParser } from './pocketsphinx_output.ts';

export const POCKETSPHINX_BINARY = 'pocketsphinx_continuous';
export const POCKETSPHINX_MODEL_DIR = '/usr/share/pocketsphinx/model/en-us';

export const POCKETSPHINX_UNAVAILABLE_NOTE =
  'English offline voice input needs PocketSphinx: apt-get install pocketsphinx pocketsphinx-en-us.';

/**
 * `accurate`: PocketSphinx defaults (forward tree + flat pass + best path), about 30% word errors on
 * read speech, 0.6-1.3 s from the end of audio to the final. `fast`: first pass only, about 0.2 s to the
 * final but clearly more errors.
 */
export type PocketsphinxProfile = 'accurate' | 'fast';

const PROFILE_ARGS: Record<PocketsphinxProfile, string[]> = {
  accurate: [],
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

class PocketsphinxStream implements SttStream {
  private readonly queue = new AsyncQueue<TranscriptEvent>();
  private readonly child: ChildProcess;
  private ended = false;
  private stderrTail = '';

  constructor(binary: string, args: string[], locale: Locale, logger: Logger, signal?: AbortSignal) {
    // `cat` turns Node's stdin socket into a real pipe; `exec` keeps one process per program.
    this.child = spawn('sh', ['-c', 'cat | exec "$0" -infile /dev/stdin -time yes "$@"', binary, ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true, // its own process group, so abort ends sh, cat and pocketsphinx together
    });
    const parser = new PocketsphinxOutputParser();
    let pendingLine = '';
    this.child.stdout?.setEncoding('utf8');
    this.child.stdout?.on('data', (data: string) => {
      const lines = (pendingLine + data).split('\n');
      pendingLine = lines.pop() ?? '';
      for (const line of lines) {
        const u = parser.line(line);
        if (u) this.queue.push({ kind: 'final', locale, ...u });
      }
    });
    this.child.stderr?.setEncoding('utf8');
    this.child.stderr?.on('data', (data: string) => {
      this.stderrTail = (this.stderrTail + data).slice(-2000);
    });
    this.child.stdin?.on('error', (err) => logger.debug({ err }, 'pocketsphinx stdin closed'));
    this.child.on('error', (err) =>
      this.queue.fail(new Error(`${POCKETSPHINX_UNAVAILABLE_NOTE} (${err.message})`)),
    );
    this.child.on('close', (code, sig) => {
      if (pendingLine.trim() !== '') {
        const u = parser.line(pendingLine);
        if (u) this.queue.push({ kind: 'final', locale, ...u });
      }
      if (code === 0 || sig !== null || signal?.aborted) this.queue.close();
      else {
        const fatal = this.stderrTail
          .split('\n')
          .filter((l) => /FATAL|ERROR|not found/.test(l))
          .slice(-2)
          .join(' ');
        const what = code === 127 ? POCKETSPHINX_UNAVAILABLE_NOTE : `pocketsphinx exited with code ${code}`;
        this.queue.fail(new Error(`${what}${fatal ? ` (${fatal.trim()})` : ''}`));
      }
    });
    signal?.addEventListener('abort', () => this.kill(), { once: true });
  }

  write(pcm: Uint8Array): void {
    if (this.ended || pcm.byteLength === 0) return;
    this.child.stdin?.write(pcm);
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.child.stdin?.end();
  }

  events(): AsyncIterable<TranscriptEvent> {
    return this.queue;
  }

  private kill(): void {
    this.ended = true;
    this.queue.close();
    const pid = this.child.pid;
    if (pid === undefined || this.child.exitCode !== null) return;
    try {
      process.kill(-pid, 'SIGTERM');
    } catch (err) {
      // Already gone between the check and the kill.
      if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
    }
  }
}

export class PocketsphinxStt implements SpeechToText {
  readonly name: string;
  readonly locales: readonly Locale[] = ['en'];
  private readonly binary: string;
  private readonly args: string[];
  private readonly logger: Logger;

  constructor(options: PocketsphinxOptions = {}) {
    const profile = options.profile ?? 'accurate';
    this.name = profile === 'accurate' ? 'pocketsphinx' : `pocketsphinx-${profile}`;
    this.binary = options.binary ?? POCKETSPHINX_BINARY;
    this.args = [...PROFILE_ARGS[profile], ...(options.extraArgs ?? [])];
    this.logger = options.logger ?? silentLogger();
  }

  stream(options: SttStreamOptions): SttStream {
    if (!this.locales.includes(options.locale)) {
      throw new Error(`pocketsphinx recognises English only, not ${options.locale}`);
    }
    return new PocketsphinxStream(this.binary, this.args, options.locale, this.logger, options.signal);
  }
}
