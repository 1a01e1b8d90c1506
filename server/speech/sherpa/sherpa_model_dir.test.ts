import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectSherpaModel, SherpaModelError, STT_MODEL_MISSING_NOTE } from './sherpa_model_dir.ts';

const CJK_TOKENS = Array.from({ length: 200 }, (_, i) => `${String.fromCharCode(0x4e00 + i)} ${i}`).join(
  '\n',
);
const EN_TOKENS = Array.from(
  { length: 200 },
  (_, i) => `▁w${'abcdefghij'[i % 10]}${'klmnopqrst'[Math.floor(i / 10) % 10]} ${i}`,
).join('\n');

function modelDir(name: string, files: Record<string, string>): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'sherpa-')), name);
  mkdirSync(dir);
  for (const [f, content] of Object.entries(files)) writeFileSync(join(dir, f), content);
  return dir;
}

describe('sherpa-onnx model directories', () => {
  it('recognises SenseVoice by its language tokens and prefers the int8 model', () => {
    const dir = modelDir('sherpa-onnx-sense-voice-zh-en-ja-ko-yue', {
      'model.onnx': '',
      'model.int8.onnx': '',
      'tokens.txt': `<|zh|> 0\n<|en|> 1\n${CJK_TOKENS}\n${EN_TOKENS}`,
    });
    const m = detectSherpaModel(dir);
    expect(m.kind).toBe('sense_voice');
    expect(m.model).toBe(join(dir, 'model.int8.onnx'));
    expect(m.locales).toEqual(['zh-CN', 'en']);
  });

  it('recognises a Mandarin-only paraformer, which offers zh-CN and not en', () => {
    const m = detectSherpaModel(
      modelDir('sherpa-onnx-paraformer-zh-small', { 'model.int8.onnx': '', 'tokens.txt': CJK_TOKENS }),
    );
    expect(m.kind).toBe('paraformer');
    expect(m.locales).toEqual(['zh-CN']);
  });

  it('tells offline and streaming zipformer transducers apart by the directory name', () => {
    const files = {
      'encoder-epoch-99.int8.onnx': '',
      'decoder-epoch-99.onnx': '',
      'joiner-epoch-99.int8.onnx': '',
      'tokens.txt': EN_TOKENS,
    };
    expect(detectSherpaModel(modelDir('sherpa-onnx-zipformer-en', files)).kind).toBe('transducer');
    const streaming = detectSherpaModel(modelDir('sherpa-onnx-streaming-zipformer-en', files));
    expect(streaming.kind).toBe('streaming_transducer');
    expect(streaming.encoder).toMatch(/encoder-epoch-99\.int8\.onnx$/);
  });

  it('explains what is wrong with a directory that is not a model', () => {
    expect(() => detectSherpaModel('/nonexistent/model')).toThrow(SherpaModelError);
    expect(() => detectSherpaModel(modelDir('empty', { 'README.md': '' }))).toThrow(/no tokens\.txt/);
  });

  it('uses the agreed note for a missing Mandarin model', () => {
    expect(STT_MODEL_MISSING_NOTE).toBe(
      'Mandarin voice input needs a speech model; set STT_MODEL_DIR=/path/to/sherpa-onnx-model',
    );
  });
});
