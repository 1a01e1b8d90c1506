/**
 * The real speech clips in `../shared/data/speech/` (beside the project root; never copied into the tree)
 * with their references from `transcripts.csv`. Tests and benchmarks skip when the folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locale } from '../../protocol/protocol.ts';
import { parseWav, toMono, type PcmAudio } from '../audio/wav.ts';

export const SPEECH_DATA_DIR =
  process.env.SPEECH_DATA_DIR ?? resolve(import.meta.dirname, '../../../../shared/data/speech');

export const SPEECH_DATA_MISSING =
  `real speech clips not found at ${SPEECH_DATA_DIR} (expected ../shared/data/speech beside the project; ` +
  'set SPEECH_DATA_DIR to point elsewhere)';

export interface SpeechClip {
  /** e.g. `en/jfk.wav` */
  file: string;
  path: string;
  locale: Locale;
  reference: string;
}

/** Splits one CSV line with double-quoted fields. */
export function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(field);
      field = '';
    } else field += c;
  }
  out.push(field);
  return out;
}

export function speechDataAvailable(): boolean {
  return existsSync(join(SPEECH_DATA_DIR, 'transcripts.csv'));
}

export function loadSpeechClips(): SpeechClip[] {
  const lines = readFileSync(join(SPEECH_DATA_DIR, 'transcripts.csv'), 'utf8').split(/\r?\n/).filter(Boolean);
  const header = parseCsvLine(lines[0] ?? '');
  const col = (name: string): number => header.indexOf(name);
  return lines.slice(1).map((line) => {
    const f = parseCsvLine(line);
    const file = f[col('file')] ?? '';
    return {
      file,
      path: join(SPEECH_DATA_DIR, file),
      locale: (f[col('lang')] ?? '') === 'zh' ? 'zh-CN' : 'en',
      reference: f[col('reference')] ?? '',
    };
  });
}

export function readClipAudio(clip: SpeechClip): PcmAudio {
  return toMono(parseWav(new Uint8Array(readFileSync(clip.path))));
}
