/**
 * Voice-path benchmark with the offline engines. Each real clip in ../shared/data/speech is streamed at
 * real-time pace (20 ms frames, then 1.5 s of silence, as a kiosk microphone keeps sending) through a
 * `VoiceSession` whose turn handler speaks a fixed reply. Prints JSON:
 * - per engine and end-of-turn mode: end of the user's last voiced frame -> first reply audio chunk
 *   (p50/p95), split into the silence waited (end of the last voiced frame -> end of turn), recognition
 *   after the end of turn, and reply start after the transcript; how many turns ended early and how many
 *   of those the customer then continued; the word error rate of what was recognised while streaming;
 *   modes: `adaptive` (recognition at each pause, early end of a complete turn), `streaming` (recognition
 *   at each pause, fixed end of turn), `batch` (recognition after the end of turn, fixed: as before);
 * - recognition real-time factor and word error rate per clip (whole clip, as fast as possible);
 * - TTS first-chunk latency after warm-up.
 * Mandarin clips run with the reference transcript as a stand-in recogniser when no model is configured
 * (STT_MODEL_DIR), so the VAD + TTS part of the path is still measured; the output says so.
 *
 *   npx tsx evals/bench/voice.ts [--runs 1] [--endpoint-silence-ms 400] [--min-silence-ms 200]
 *     [--engines pocketsphinx,pocketsphinx-balanced,pocketsphinx-fast] [--modes adaptive,batch]
 *     [--server-modes adaptive,fixed,adaptive-balanced,adaptive-fast] [--server-passes 1] [--no-via-server]
 *     [--perturbed-wer]
 */
import { parseArgs } from 'node:util';
import { measureVoiceViaServer } from './voice_via_server.ts';
import { pathToFileURL } from 'node:url';
import type { Locale } from '../../server/protocol/protocol.ts';
import type { SpeechToText } from '../../server/speech/speech_types.ts';
import { EspeakTts } from '../../server/speech/espeak/espeak_tts.ts';
import { SileroVad } from '../../server/speech/vad/silero_vad.ts';
import {
  PocketsphinxStt,
  pocketsphinxAvailability,
} from '../../server/speech/pocketsphinx/pocketsphinx_stt.ts';
import { SherpaOnnxStt } from '../../server/speech/sherpa/sherpa_onnx_stt.ts';
import { VoiceSession, type VoiceTrace } from '../../server/speech/voice_session.ts';
import { int16ToBytes, resampleLinear } from '../../server/speech/audio/pcm.ts';
import { errorRate } from '../../server/speech/wer.ts';
import { ScriptedStt } from '../../server/speech/testing/fakes.ts';
import {
  loadSpeechClips,
  readClipAudio,
  speechDataAvailable,
  SPEECH_DATA_MISSING,
  type SpeechClip,
} from '../../server/speech/testing/shared_speech_data.ts';
import { summarize } from './stats.ts';
import { DEFAULT_ENDPOINT_MIN_SILENCE_MS } from '../../server/speech/endpoint_settings.ts';

const REPLY: Record<Locale, string> = {
  'zh-CN': '好的，我来帮您查询。请稍等。',
  en: 'Sure, let me check that for you. One moment please.',
};
const FRAME_MS = 20;
const TRAILING_SILENCE_MS = 1500;

interface TurnLatency {
  clip: string;
  endToFirstAudioMs: number;
  endpointWaitMs: number;
  sttAfterEndpointMs: number;
  replyStartAfterTranscriptMs: number;
  early: boolean;
}

type Mode = 'adaptive' | 'streaming' | 'batch';

/** Session end-of-turn settings per mode (a commit silence at the endpoint silence never commits). */
function modeOptions(mode: Mode, endpointSilenceMs: number, minSilenceMs: number) {
  return {
    endpointSilenceMs,
    endpointMinSilenceMs: mode === 'adaptive' ? minSilenceMs : endpointSilenceMs,
    ...(mode === 'batch' ? { commitSilenceMs: endpointSilenceMs } : {}),
  };
}

interface EngineSetup {
  name: string;
  stt: SpeechToText;
  locales: Locale[];
  note?: string;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Streams one clip at real-time pace through a fresh VoiceSession; returns per-turn latencies. */
async function streamClip(
  clip: SpeechClip,
  engine: EngineSetup,
  tts: EspeakTts,
  vad: SileroVad,
  endpoint: ReturnType<typeof modeOptions>,
): Promise<{ turns: TurnLatency[]; transcripts: string[]; continuations: number }> {
  const traces: VoiceTrace[] = [];
  const transcripts: string[] = [];
  let replyN = 0;
  let lastFinal: string | undefined;
  const replyOf = new Map<string, string>(); // utteranceId -> replyId
  const session: VoiceSession = new VoiceSession({
    stt: engine.stt,
    tts,
    vad: async () => vad.createStream(),
    ...endpoint,
    locale: clip.locale,
    emit: (event, payload) => {
      if (event === 'transcript.final') transcripts.push((payload as { text: string }).text);
    },
    onUserTurn: async (_text, locale, signal) => {
      const replyId = `r${replyN++}`;
      if (lastFinal) replyOf.set(lastFinal, replyId); // onUserTurn follows its transcript_final at once
      await session.speak({ replyId, text: REPLY[locale], locale }, signal);
    },
    onTrace: (t) => {
      traces.push(t);
      if (t.kind === 'transcript_final' && t.text !== '') lastFinal = t.utteranceId;
    },
  });
  const audio = readClipAudio(clip).samples;
  const samples = new Int16Array(audio.length + (TRAILING_SILENCE_MS * 16000) / 1000);
  samples.set(audio);
  const frameSamples = (FRAME_MS * 16000) / 1000;
  const sentAt: number[] = [];
  session.audioStart({ sampleRate: 16000, encoding: 'pcm16', mode: 'hands_free' });
  const t0 = performance.now();
  for (let i = 0, seq = 0; i < samples.length; i += frameSamples, seq++) {
    const wait = t0 + seq * FRAME_MS - performance.now();
    if (wait > 0) await sleep(wait);
    sentAt.push(performance.now());
    session.audioFrame({ seq, pcm: int16ToBytes(samples.subarray(i, i + frameSamples)) });
  }
  session.audioEnd();
  await session.drain();
  // Let the last turns' recognition and replies finish (a slow recogniser may lag behind the audio).
  const deadline = performance.now() + 60_000;
  const pending = (): boolean => {
    const ended = traces.filter((t) => t.kind === 'end_of_turn' && t.utteranceId).length;
    const done = traces.filter((t) => t.kind === 'transcript_final').length;
    return done < ended || session.currentState !== 'idle';
  };
  while (pending() && performance.now() < deadline) await sleep(50);
  session.close();

  const turns: TurnLatency[] = [];
  for (const t of traces) {
    if (t.kind !== 'end_of_turn' || !t.utteranceId) continue;
    const final = traces.find((x) => x.kind === 'transcript_final' && x.utteranceId === t.utteranceId);
    const replyId = replyOf.get(t.utteranceId);
    const audioStart = traces.find((x) => x.kind === 'first_audio' && x.replyId === replyId);
    if (!final || !audioStart) continue;
    const lastFrame = Math.max(0, Math.ceil(t.lastVoicedMs / FRAME_MS) - 1);
    const voicedEndAt = sentAt[Math.min(lastFrame, sentAt.length - 1)] ?? t0;
    turns.push({
      clip: clip.file,
      endToFirstAudioMs: audioStart.atMs - voicedEndAt,
      endpointWaitMs: t.atMs - voicedEndAt,
      sttAfterEndpointMs: final.atMs - t.atMs,
      replyStartAfterTranscriptMs: audioStart.atMs - final.atMs,
      early: t.early === true,
    });
  }
  const continuations = traces.filter((t) => t.kind === 'continuation').length;
  return { turns, transcripts, continuations };
}

/** Whole clip through the recogniser as fast as it goes: real-time factor and word error rate. */
async function recogniseClip(
  clip: SpeechClip,
  stt: SpeechToText,
  audio: Int16Array = readClipAudio(clip).samples,
): Promise<{ rtf: number; wer: number; errors: number; words: number; text: string }> {
  const t0 = performance.now();
  const stream = stt.stream({ locale: clip.locale });
  for (let i = 0; i < audio.length; i += 16000) stream.write(int16ToBytes(audio.subarray(i, i + 16000)));
  stream.end();
  const texts: string[] = [];
  for await (const e of stream.events()) if (e.kind === 'final') texts.push(e.text);
  const elapsed = performance.now() - t0;
  const text = texts.join(clip.locale === 'zh-CN' ? '' : ' ');
  const score = errorRate(clip.reference, text);
  return {
    rtf: elapsed / ((audio.length * 1000) / 16000),
    wer: score.rate,
    errors: score.errors,
    words: score.referenceTokens,
    text,
  };
}

/** Speed factors of the perturbed copies (as in Ko et al. 2015: tempo and pitch change together). */
const PERTURBATIONS = [0.85, 0.9, 0.95, 1, 1.05, 1.1, 1.15];

/**
 * Word error rate over speed-perturbed copies of each clip (whole clip, as fast as it goes): seven
 * plausible voices per recording instead of one, so engines and profiles can be compared on a few hundred
 * words rather than the few dozen the clips hold.
 */
async function perturbedWer(
  clips: readonly SpeechClip[],
  stt: SpeechToText,
): Promise<{ wer: number; errors: number; words: number; copies: number }> {
  let errors = 0;
  let words = 0;
  for (const clip of clips) {
    const samples = readClipAudio(clip).samples;
    for (const f of PERTURBATIONS) {
      const r = await recogniseClip(clip, stt, resampleLinear(samples, Math.round(16000 * f), 16000));
      errors += r.errors;
      words += r.words;
    }
  }
  return {
    wer: Number((errors / Math.max(1, words)).toFixed(3)),
    errors,
    words,
    copies: clips.length * PERTURBATIONS.length,
  };
}

async function ttsFirstChunk(
  tts: EspeakTts,
  runs: number,
): Promise<Record<Locale, ReturnType<typeof summarize>>> {
  const out = {} as Record<Locale, ReturnType<typeof summarize>>;
  for (const locale of ['zh-CN', 'en'] as const) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      for await (const chunk of tts.synthesize({ text: REPLY[locale], locale })) {
        void chunk;
        times.push(performance.now() - t0);
        break;
      }
    }
    out[locale] = summarize(times);
  }
  return out;
}

export async function runVoiceBench(argv: string[]): Promise<Record<string, unknown>> {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '1' },
      'endpoint-silence-ms': { type: 'string', default: '400' },
      'min-silence-ms': { type: 'string', default: String(DEFAULT_ENDPOINT_MIN_SILENCE_MS) },
      engines: { type: 'string', default: 'pocketsphinx,pocketsphinx-fast' },
      modes: { type: 'string', default: 'adaptive,batch' },
      'server-modes': { type: 'string', default: 'adaptive,fixed' },
      'via-server': { type: 'boolean', default: true },
      'no-via-server': { type: 'boolean', default: false },
      'perturbed-wer': { type: 'boolean', default: false },
      'server-passes': { type: 'string', default: '1' },
    },
  });
  if (!speechDataAvailable()) throw new Error(SPEECH_DATA_MISSING);
  const runs = Math.max(1, Number(values.runs));
  const serverPasses = Number(values['server-passes']);
  if (!Number.isInteger(serverPasses) || serverPasses < 1)
    throw new Error('--server-passes must be a positive integer');
  const endpointSilenceMs = Number(values['endpoint-silence-ms']);
  const minSilenceMs = Number(values['min-silence-ms']);
  const modes = (values.modes ?? '')
    .split(',')
    .filter((m): m is Mode => ['adaptive', 'streaming', 'batch'].includes(m));
  const clips = loadSpeechClips();
  const tts = new EspeakTts();
  const tWarm = performance.now();
  await tts.warmUp();
  const ttsWarmupMs = performance.now() - tWarm;
  const vad = await SileroVad.load();

  const engines: EngineSetup[] = [];
  const wanted = new Set((values.engines ?? '').split(',').filter(Boolean));
  const ps = pocketsphinxAvailability();
  if (ps.available) {
    if (wanted.has('pocketsphinx'))
      engines.push({ name: 'pocketsphinx', stt: new PocketsphinxStt(), locales: ['en'] });
    if (wanted.has('pocketsphinx-balanced'))
      engines.push({
        name: 'pocketsphinx-balanced',
        stt: new PocketsphinxStt({ profile: 'balanced' }),
        locales: ['en'],
      });
    if (wanted.has('pocketsphinx-fast')) {
      engines.push({
        name: 'pocketsphinx-fast',
        stt: new PocketsphinxStt({ profile: 'fast' }),
        locales: ['en'],
      });
    }
  }
  const modelDir = process.env.STT_MODEL_DIR;
  if (modelDir) {
    const sherpa = await SherpaOnnxStt.create(modelDir);
    engines.push({ name: `sherpa-onnx:${sherpa.model.kind}`, stt: sherpa, locales: [...sherpa.locales] });
  }
  if (!engines.some((e) => e.locales.includes('zh-CN'))) {
    const refs = clips.filter((c) => c.locale === 'zh-CN').map((c) => c.reference);
    engines.push({
      name: 'reference-transcript',
      stt: new ScriptedStt(refs, ['zh-CN']),
      locales: ['zh-CN'],
      note: 'no Mandarin model here: the clip reference stands in for recognition, so this measures VAD + endpoint + TTS only',
    });
  }

  const results: Record<string, unknown>[] = [];
  for (const engine of engines) {
    const engineClips = clips.filter((c) => engine.locales.includes(c.locale));
    // The scripted stand-in cannot recognise early: one mode is enough for it.
    for (const mode of engine.note ? modes.slice(0, 1) : modes) {
      const turns: TurnLatency[] = [];
      const perClip: Record<string, unknown>[] = [];
      let continuations = 0;
      for (const clip of engineClips) {
        if (engine.stt instanceof ScriptedStt) {
          // One scripted text per clip, in order.
          engine.stt = new ScriptedStt([clip.reference], ['zh-CN']);
        }
        const transcripts: string[] = [];
        for (let r = 0; r < runs; r++) {
          const got = await streamClip(
            clip,
            engine,
            tts,
            vad,
            modeOptions(mode, endpointSilenceMs, minSilenceMs),
          );
          turns.push(...got.turns);
          continuations += got.continuations;
          if (r === 0) transcripts.push(...got.transcripts);
        }
        const streamed = transcripts.join(clip.locale === 'zh-CN' ? '' : ' ');
        const recognised =
          engine.note || mode !== modes[0] ? undefined : await recogniseClip(clip, engine.stt);
        perClip.push({
          clip: clip.file,
          turnsDetected: transcripts.length,
          ...(engine.note
            ? {}
            : { streamedWer: Number(errorRate(clip.reference, streamed).rate.toFixed(3)), streamed }),
          ...(recognised
            ? {
                wholeClipWer: Number(recognised.wer.toFixed(3)),
                rtf: Number(recognised.rtf.toFixed(2)),
                wholeClipText: recognised.text,
              }
            : {}),
        });
      }
      results.push({
        engine: engine.name,
        mode,
        ...(engine.note ? { note: engine.note } : {}),
        turns: turns.length,
        earlyEnds: turns.filter((t) => t.early).length,
        continuedAfterEarlyEnd: continuations,
        endOfSpeechToFirstAudioMs: summarize(turns.map((t) => t.endToFirstAudioMs)),
        silenceWaitedMs: summarize(turns.map((t) => t.endpointWaitMs)),
        decodeAfterEndOfTurnMs: summarize(turns.map((t) => t.sttAfterEndpointMs)),
        replyStartAfterTranscriptMs: summarize(turns.map((t) => t.replyStartAfterTranscriptMs)),
        clips: perClip,
      });
    }
  }
  // Optional: word error rate per engine over speed-perturbed copies of its clips.
  const perturbed: Record<string, unknown> = {};
  if (values['perturbed-wer']) {
    for (const engine of engines.filter((e) => !e.note)) {
      const own = clips.filter((c) => engine.locales.includes(c.locale));
      perturbed[engine.name] = { factors: PERTURBATIONS, ...(await perturbedWer(own, engine.stt)) };
    }
  }
  // End to end through a running server and its socket, for the clips whose locale has a recogniser there.
  const serverClips = clips.filter((c) => c.locale === 'en' || (modelDir && c.locale === 'zh-CN'));
  const serverModes = (values['server-modes'] ?? '')
    .split(',')
    .filter((m) => ['adaptive', 'fixed', 'adaptive-balanced', 'adaptive-fast'].includes(m));
  const viaServer: Record<string, unknown> = {};
  for (const mode of values['via-server'] && !values['no-via-server'] ? serverModes : []) {
    const minMs = mode === 'fixed' ? endpointSilenceMs : minSilenceMs;
    viaServer[mode] = await measureVoiceViaServer(
      serverClips,
      {
        ENDPOINT_SILENCE_MS: String(endpointSilenceMs),
        ENDPOINT_MIN_SILENCE_MS: String(minMs),
        // `adaptive-fast`: the recogniser's first pass only (POCKETSPHINX_PROFILE=fast), for the trade-off.
        POCKETSPHINX_PROFILE:
          mode === 'adaptive-fast' ? 'fast' : mode === 'adaptive-balanced' ? 'balanced' : 'accurate',
      },
      serverPasses,
    );
  }
  const report = {
    ...(Object.keys(viaServer).length ? { viaServer } : {}),
    ...(Object.keys(perturbed).length ? { perturbedWer: perturbed } : {}),
    endpointSilenceMs,
    minSilenceMs,
    runs,
    ttsWarmupMs: Math.round(ttsWarmupMs),
    ttsFirstChunkMs: await ttsFirstChunk(tts, 10),
    engines: results,
    targets: { ttsFirstChunkMs: 40, endOfSpeechToFirstAudioP50Ms: 400 },
  };
  await tts.close();
  await vad.close();
  return report;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runVoiceBench(process.argv.slice(2)).then(
    (report) => console.log(JSON.stringify(report, null, 2)),
    (err: unknown) => {
      console.error(`voice bench failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    },
  );
}
