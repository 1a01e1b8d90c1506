/**
 * Transcribes a WAV file offline: PocketSphinx for English, or a sherpa-onnx model (--model-dir or
 * STT_MODEL_DIR) for the locales it knows, e.g. Mandarin.
 *
 *   npx tsx server/cli/transcribe.ts path/to/file.wav [--locale en|zh-CN] [--model-dir DIR] [--fast]
 *
 * The transcript goes to stdout; progress and errors to stderr. Exit code 2 for usage errors and bad
 * files, 1 when no recogniser is available for the locale.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Locale } from '../protocol/protocol.ts';
import type { SpeechToText } from '../speech/speech_types.ts';
import { parseWav, toMono, WavFormatError } from '../speech/audio/wav.ts';
import { int16ToBytes, resampleLinear } from '../speech/audio/pcm.ts';
import { pocketsphinxAvailability, PocketsphinxStt } from '../speech/pocketsphinx/pocketsphinx_stt.ts';
import { SherpaOnnxStt } from '../speech/sherpa/sherpa_onnx_stt.ts';
import { STT_MODEL_MISSING_NOTE } from '../speech/sherpa/sherpa_model_dir.ts';

const USAGE = 'usage: transcribe.ts FILE.wav [--locale en|zh-CN] [--model-dir DIR] [--fast]';

async function recogniser(
  locale: Locale,
  modelDir: string | undefined,
  fast: boolean,
): Promise<SpeechToText> {
  if (modelDir) {
    const sherpa = await SherpaOnnxStt.create(modelDir);
    if (sherpa.locales.includes(locale)) return sherpa;
    console.error(
      `the model in ${modelDir} does not know ${locale} (it knows ${sherpa.locales.join(', ') || 'nothing recognisable'})`,
    );
  }
  if (locale === 'zh-CN') throw new Error(STT_MODEL_MISSING_NOTE);
  const ps = pocketsphinxAvailability();
  if (!ps.available) throw new Error(ps.reason);
  return new PocketsphinxStt({ profile: fast ? 'fast' : 'accurate' });
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        locale: { type: 'string', default: 'en' },
        'model-dir': { type: 'string' },
        fast: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.error(USAGE);
    return 0;
  }
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  const locale = Locale.safeParse(values.locale);
  if (!locale.success) {
    console.error(`unsupported locale "${values.locale}": use en or zh-CN`);
    return 2;
  }
  let samples: Int16Array;
  let sourceRate: number;
  try {
    const audio = toMono(parseWav(new Uint8Array(readFileSync(file))));
    sourceRate = audio.sampleRate;
    samples = resampleLinear(audio.samples, audio.sampleRate, 16000);
  } catch (err) {
    const why =
      err instanceof WavFormatError ? err.message : err instanceof Error ? err.message : String(err);
    console.error(`cannot read ${file}: ${why}`);
    return 2;
  }
  let stt: SpeechToText;
  try {
    stt = await recogniser(
      locale.data,
      values['model-dir'] ?? process.env.STT_MODEL_DIR,
      values.fast ?? false,
    );
  } catch (err) {
    console.error(`no recogniser for ${locale.data}: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  const audioMs = (samples.length * 1000) / 16000;
  console.error(
    `transcribing ${file} (${Math.round(audioMs)} ms${sourceRate === 16000 ? '' : `, resampled from ${sourceRate} Hz`}) with ${stt.name}`,
  );
  const t0 = performance.now();
  const stream = stt.stream({ locale: locale.data });
  for (let i = 0; i < samples.length; i += 16000) stream.write(int16ToBytes(samples.subarray(i, i + 16000)));
  stream.end();
  const texts: string[] = [];
  try {
    for await (const e of stream.events()) if (e.kind === 'final') texts.push(e.text);
  } catch (err) {
    console.error(`recognition failed: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  const elapsed = performance.now() - t0;
  console.log(texts.join(locale.data === 'zh-CN' ? '' : ' '));
  console.error(`done in ${Math.round(elapsed)} ms (real-time factor ${(elapsed / audioMs).toFixed(2)})`);
  await stt.close?.();
  return 0;
}

process.exitCode = await main();
