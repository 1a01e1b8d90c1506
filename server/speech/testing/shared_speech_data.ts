/**
 * The real speech clips in `../shared/data/speech/` (beside the project root; never copied into the tree)
 * with their references from `transcripts.csv`. Tests and benchmarks skip when the folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locale } from '../../protocol/protocol.ts';
import { parseWav, toMono, type PcmAudio } from '../audio/wav.ts';
import { readCsvFile } from '../../content/csv.ts';

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

export function speechDataAvailable(): boolean {
  return existsSync(join(SPEECH_DATA_DIR, 'transcripts.csv'));
}

export function loadSpeechClips(): SpeechClip[] {
  const path = join(SPEECH_DATA_DIR, 'transcripts.csv');
  return readCsvFile(path).records.map((r) => {
    const file = r['file'] ?? '';
    return {
      file,
      path: join(SPEECH_DATA_DIR, file),
      locale: (r['lang'] ?? '') === 'zh' ? 'zh-CN' : 'en',
      reference: r['reference'] ?? '',
    };
  });
}

export function readClipAudio(clip: SpeechClip): PcmAudio {
  return toMono(parseWav(new Uint8Array(readFileSync(clip.path))));
}
