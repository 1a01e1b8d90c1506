/**
 * Cepstral mean normalisation (CMN) carried from one recogniser child to the next on the same channel.
 *
 * PocketSphinx subtracts a running mean of the cepstra (the microphone's and the room's colouring) from
 * every frame. A new child starts from the model's `-cmninit` (the training data's mean) and updates it
 * only at the end of an utterance or after 8 s of audio, so a short turn is decoded entirely with a mean
 * that belongs to another channel: jfk.wav's four turns decoded each from the default mean get 14 of 22
 * words wrong, each from the mean the turn before ended with 7 of 22; LibriSpeech decoded from its own
 * mean has 3 of 30 words wrong instead of 5.
 * Each child reports its updated mean on stderr (`cmn_live.c(..): Update to < 62.93 18.58 ... >`); the
 * next child for the same customer starts from it through a `-featparams` file, because the model's own
 * feat.params overrides `-cmninit` on the command line. Another channel's mean is worse than the default
 * (LibriSpeech decoded with jfk's gets 23 of 30 wrong), so a mean is only ever reused on its own channel.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type CepstralMean = readonly number[];

const UPDATE_TO = /cmn_live\.c\(\d+\): Update to\s+<([^>]*)>/;

/** The mean a `cmn_live` "Update to" log line reports, or null for any other line. */
export function parseCepstralMeanUpdate(line: string): CepstralMean | null {
  const m = UPDATE_TO.exec(line);
  if (!m) return null;
  const values = m[1]!.trim().split(/\s+/).map(Number);
  return values.length > 0 && values.every(Number.isFinite) ? values : null;
}

/** The `-hmm` directory among recogniser arguments, else the default model's. */
export function acousticModelDir(args: readonly string[], defaultDir: string): string {
  const i = args.indexOf('-hmm');
  return i >= 0 && args[i + 1] ? args[i + 1]! : defaultDir;
}

/**
 * Writes feat.params files that start the mean at a given value. Each child gets its own file, removed
 * with `release` once the child has exited; `close` removes whatever is left.
 */
export class FeatParamsFiles {
  private dir: string | undefined;
  private template: string | null | undefined;
  private next = 0;

  constructor(private readonly modelDir: string) {}

  /** Path of a feat.params with `-cmninit` set to `mean`, or null when the model has no feat.params. */
  write(mean: CepstralMean): string | null {
    this.template ??= readTemplate(this.modelDir);
    if (this.template === null) return null;
    this.dir ??= mkdtempSync(join(tmpdir(), 'pocketsphinx-cmn-'));
    const init = `-cmninit ${mean.map((v) => v.toFixed(2)).join(',')}`;
    const params = /^-cmninit .*$/m.test(this.template)
      ? this.template.replace(/^-cmninit .*$/m, init)
      : `${this.template.trimEnd()}\n${init}\n`;
    const path = join(this.dir, `feat-${this.next++}.params`);
    writeFileSync(path, params);
    return path;
  }

  release(path: string): void {
    rmSync(path, { force: true });
  }

  close(): void {
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}

function readTemplate(modelDir: string): string | null {
  try {
    return readFileSync(join(modelDir, 'feat.params'), 'utf8');
  } catch {
    return null;
  }
}
