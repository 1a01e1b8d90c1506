/**
 * One `pocketsphinx_continuous` child decoding one stretch of audio fed through its stdin as it arrives.
 * The forward search keeps up with the audio; closing stdin makes it finish at once (second pass, best
 * path) and print the utterance. Debian ships 5prealpha: `-infile /dev/stdin` reads raw PCM16 16 kHz
 * mono from a pipe, and since Node gives children a socket rather than a pipe for stdin (which /dev/stdin
 * cannot open), `cat` sits in between.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Logger } from '../../logger.ts';
import { PocketsphinxOutputParser, type PocketsphinxUtterance } from './pocketsphinx_output.ts';
import { parseCepstralMeanUpdate, type CepstralMean } from './cepstral_mean.ts';

export const POCKETSPHINX_UNAVAILABLE_NOTE =
  'English offline voice input needs PocketSphinx: apt-get install pocketsphinx pocketsphinx-en-us.';

export class PocketsphinxProcess {
  /** Resolves when the child has exited and every utterance was reported; rejects if it failed. */
  readonly done: Promise<void>;
  private readonly child: ChildProcess;
  private stdinClosed = false;
  private stderrTail = '';
  private stderrLine = '';
  private mean: CepstralMean | undefined;
  private killed = false;
  private onUtterance: ((u: PocketsphinxUtterance) => void) | undefined;
  /** Utterances reported before an owner attached (none in practice: a spare has had no audio). */
  private readonly early: PocketsphinxUtterance[] = [];

  /** Without `onUtterance` the child is a spare: it loads its model now and waits for `attach`. */
  constructor(args: {
    binary: string;
    args: string[];
    logger: Logger;
    onUtterance?: (u: PocketsphinxUtterance) => void;
  }) {
    this.onUtterance = args.onUtterance;
    const report = (u: PocketsphinxUtterance): void => {
      if (this.onUtterance) this.onUtterance(u);
      else this.early.push(u);
    };
    // `cat` turns Node's stdin socket into a real pipe; `exec` keeps one process per program.
    this.child = spawn(
      'sh',
      ['-c', 'cat | exec "$0" -infile /dev/stdin -time yes "$@"', args.binary, ...args.args],
      {
        stdio: ['pipe', 'pipe', 'pipe'],
        detached: true, // its own process group, so a kill ends sh, cat and pocketsphinx together
      },
    );
    const parser = new PocketsphinxOutputParser();
    let pendingLine = '';
    const feed = (line: string): void => {
      const u = parser.line(line);
      if (u) report(u);
    };
    this.child.stdout?.setEncoding('utf8');
    this.child.stdout?.on('data', (data: string) => {
      const lines = (pendingLine + data).split('\n');
      pendingLine = lines.pop() ?? '';
      lines.forEach(feed);
    });
    this.child.stderr?.setEncoding('utf8');
    this.child.stderr?.on('data', (data: string) => {
      this.stderrTail = (this.stderrTail + data).slice(-2000);
      const lines = (this.stderrLine + data).split('\n');
      this.stderrLine = (lines.pop() ?? '').slice(-2000);
      for (const line of lines) this.mean = parseCepstralMeanUpdate(line) ?? this.mean;
    });
    this.child.stdin?.on('error', (err) => args.logger.debug({ err }, 'pocketsphinx stdin closed'));
    this.done = new Promise<void>((resolve, reject) => {
      this.child.on('error', (err) => reject(new Error(`${POCKETSPHINX_UNAVAILABLE_NOTE} (${err.message})`)));
      this.child.on('close', (code, sig) => {
        if (pendingLine.trim() !== '') feed(pendingLine);
        const cutOff = parser.end();
        if (cutOff) report(cutOff);
        if (code === 0 || sig !== null || this.killed) return resolve();
        const fatal = this.stderrTail
          .split('\n')
          .filter((l) => /FATAL|ERROR|not found/.test(l))
          .slice(-2)
          .join(' ');
        const what = code === 127 ? POCKETSPHINX_UNAVAILABLE_NOTE : `pocketsphinx exited with code ${code}`;
        reject(new Error(`${what}${fatal ? ` (${fatal.trim()})` : ''}`));
      });
    });
    // The owner reports failures from `done`; an unobserved one must not crash the server.
    this.done.catch(() => undefined);
    // A spare waiting for an owner does not keep the program alive (a CLI ends when its work is done).
    if (!this.onUtterance) this.setRef(false);
  }

  private setRef(on: boolean): void {
    const handles = [this.child, this.child.stdin, this.child.stdout, this.child.stderr];
    for (const h of handles) {
      const handle = h as { ref?: () => void; unref?: () => void } | null;
      if (on) handle?.ref?.();
      else handle?.unref?.();
    }
  }

  /** The channel's cepstral mean as this child last updated it (none before its first update). */
  get cepstralMean(): CepstralMean | undefined {
    return this.mean;
  }

  /** Gives a spare its owner. */
  attach(onUtterance: (u: PocketsphinxUtterance) => void): void {
    this.onUtterance = onUtterance;
    this.setRef(true);
    for (const u of this.early.splice(0)) onUtterance(u);
  }

  /** Still running and able to take audio (not ended, killed or exited). */
  get usable(): boolean {
    return !this.stdinClosed && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Its input has ended and it is decoding the final pass (CPU-bound) before it exits. */
  get finishing(): boolean {
    return this.stdinClosed && !this.killed && this.child.exitCode === null && this.child.signalCode === null;
  }

  write(pcm: Uint8Array): void {
    if (!this.stdinClosed) this.child.stdin?.write(pcm);
  }

  /** No more audio: the recogniser finishes the utterance now and exits. */
  end(): void {
    if (this.stdinClosed) return;
    this.stdinClosed = true;
    this.child.stdin?.end();
  }

  kill(): void {
    this.stdinClosed = true;
    this.killed = true;
    const pid = this.child.pid;
    if (pid === undefined || this.child.exitCode !== null || this.child.signalCode !== null) return;
    try {
      process.kill(-pid, 'SIGTERM');
    } catch (err) {
      // Already gone between the check and the kill.
      if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
    }
  }
}
