/**
 * Recognises a sherpa-onnx model directory by the files in it (the layouts of the k2-fsa exports):
 *
 * | kind                 | files                                              | recogniser |
 * |----------------------|----------------------------------------------------|------------|
 * | sense_voice          | model(.int8).onnx + tokens.txt with `<\|zh\|>` tokens | offline    |
 * | paraformer           | model(.int8).onnx + tokens.txt                     | offline    |
 * | transducer           | encoder*.onnx decoder*.onnx joiner*.onnx tokens.txt | offline   |
 * | streaming_transducer | the same, directory name contains `streaming`      | online     |
 * | streaming_paraformer | encoder*.onnx decoder*.onnx tokens.txt, no joiner  | online     |
 *
 * int8 files are preferred when both exist. The locales come from the tokens: CJK characters -> zh-CN,
 * Latin word pieces -> en (SenseVoice and most paraformer exports have both).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Locale } from '../../protocol/protocol.ts';

export type SherpaModelKind =
  'sense_voice' | 'paraformer' | 'transducer' | 'streaming_transducer' | 'streaming_paraformer';

export interface SherpaModel {
  kind: SherpaModelKind;
  dir: string;
  tokens: string;
  /** Single-file models (SenseVoice, paraformer). */
  model?: string;
  encoder?: string;
  decoder?: string;
  joiner?: string;
  locales: Locale[];
}

export const STT_MODEL_MISSING_NOTE =
  'Mandarin voice input needs a speech model; set STT_MODEL_DIR=/path/to/sherpa-onnx-model';

export class SherpaModelError extends Error {
  override name = 'SherpaModelError';
}

function pick(files: string[], stem: RegExp): string | undefined {
  const matches = files.filter((f) => stem.test(f) && f.endsWith('.onnx'));
  return matches.find((f) => f.includes('int8')) ?? matches[0];
}

/** Locales the token list can spell. */
export function localesFromTokens(tokensText: string): Locale[] {
  let cjk = 0;
  let latin = 0;
  for (const line of tokensText.split('\n')) {
    const token = line.split(/\s+/)[0] ?? '';
    if (/[\u4e00-\u9fff]/.test(token)) cjk++;
    else if (/^(▁)?[a-zA-Z']{2,}$/.test(token)) latin++;
  }
  const out: Locale[] = [];
  if (cjk >= 100) out.push('zh-CN');
  if (latin >= 100) out.push('en');
  return out;
}

export function detectSherpaModel(dir: string): SherpaModel {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new SherpaModelError(`STT_MODEL_DIR ${dir} is not a directory`);
  const files = readdirSync(dir);
  const tokensFile = files.includes('tokens.txt')
    ? 'tokens.txt'
    : files.find((f) => f.endsWith('tokens.txt'));
  if (!tokensFile) throw new SherpaModelError(`no tokens.txt in ${dir}: not a sherpa-onnx model directory`);
  const tokens = join(dir, tokensFile);
  const tokensText = readFileSync(tokens, 'utf8');
  const locales = localesFromTokens(tokensText);
  const encoder = pick(files, /^encoder/);
  const decoder = pick(files, /^decoder/);
  const joiner = pick(files, /^joiner/);
  const model = pick(files, /^model/);
  const streaming = /streaming/i.test(basename(dir));
  const at = (f: string | undefined): string | undefined => (f === undefined ? undefined : join(dir, f));
  if (encoder && decoder && joiner) {
    return {
      kind: streaming ? 'streaming_transducer' : 'transducer',
      dir,
      tokens,
      encoder: at(encoder),
      decoder: at(decoder),
      joiner: at(joiner),
      locales,
    };
  }
  if (encoder && decoder)
    return { kind: 'streaming_paraformer', dir, tokens, encoder: at(encoder), decoder: at(decoder), locales };
  if (model) {
    const senseVoice = tokensText.includes('<|zh|>') || /sense[-_]?voice/i.test(basename(dir));
    return { kind: senseVoice ? 'sense_voice' : 'paraformer', dir, tokens, model: at(model), locales };
  }
  throw new SherpaModelError(
    `unrecognised model layout in ${dir} (${files.join(', ')}): expected SenseVoice/paraformer (model.onnx + tokens.txt) or a zipformer transducer (encoder/decoder/joiner + tokens.txt)`,
  );
}
