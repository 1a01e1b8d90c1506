/**
 * Speaks text offline with eSpeak NG into a WAV file, and writes the lip-sync timeline as JSON.
 *
 *   npx tsx server/cli/say.ts --locale zh-CN --out reply.wav --timeline reply.json "您好，请问有什么可以帮您？"
 *
 * Progress and errors go to stderr; exit code 2 for usage errors, 1 when synthesis is not possible.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Locale, type Timeline } from '../protocol/protocol.ts';
import { EspeakTts } from '../speech/espeak/espeak_tts.ts';
import { encodeWav } from '../speech/audio/wav.ts';
import { bytesToInt16 } from '../speech/audio/pcm.ts';

const USAGE =
  'usage: say.ts [--locale zh-CN|en] [--out reply.wav] [--timeline reply.json] [--voice NAME] "text to speak"';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        locale: { type: 'string', default: 'zh-CN' },
        out: { type: 'string', default: 'reply.wav' },
        timeline: { type: 'string' },
        voice: { type: 'string' },
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
  const locale = Locale.safeParse(values.locale);
  if (!locale.success) {
    console.error(`unsupported locale "${values.locale}": use zh-CN or en\n${USAGE}`);
    return 2;
  }
  const text = positionals.join(' ').trim();
  if (text === '') {
    console.error(`no text to speak\n${USAGE}`);
    return 2;
  }
  const tts = new EspeakTts();
  try {
    const tWarm = performance.now();
    await tts.warmUp();
    console.error(`eSpeak ready in ${Math.round(performance.now() - tWarm)} ms`);
    const t0 = performance.now();
    let firstChunkMs: number | undefined;
    const parts: Int16Array[] = [];
    let sampleRate = 22050;
    const timeline: Timeline = { words: [], visemes: [] };
    for await (const chunk of tts.synthesize({
      text,
      locale: locale.data,
      ...(values.voice ? { voice: values.voice } : {}),
    })) {
      firstChunkMs ??= performance.now() - t0;
      sampleRate = chunk.sampleRate;
      parts.push(bytesToInt16(chunk.audio));
      timeline.words.push(...chunk.timeline.words);
      timeline.visemes.push(...chunk.timeline.visemes);
    }
    const samples = new Int16Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      samples.set(p, at);
      at += p.length;
    }
    const durationMs = Math.round((samples.length * 1000) / sampleRate);
    writeFileSync(values.out, encodeWav(samples, sampleRate));
    if (values.timeline) {
      writeFileSync(
        values.timeline,
        `${JSON.stringify({ locale: locale.data, text, sampleRate, durationMs, ...timeline }, null, 2)}\n`,
      );
    }
    console.error(
      `wrote ${values.out} (${durationMs} ms of audio at ${sampleRate} Hz, ${timeline.words.length} words, ` +
        `${timeline.visemes.length} visemes); first chunk after ${Math.round(firstChunkMs ?? 0)} ms, ` +
        `all in ${Math.round(performance.now() - t0)} ms` +
        (values.timeline ? `; timeline in ${values.timeline}` : ''),
    );
    return 0;
  } catch (err) {
    console.error(`cannot synthesise: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    await tts.close();
  }
}

process.exitCode = await main();
