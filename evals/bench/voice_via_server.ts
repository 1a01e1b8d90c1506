/**
 * The voice bench's end-to-end phase: a real server process, a real socket, each clip streamed at real-time
 * pace in 20 ms frames (hands-free: the server finds the ends of turns). For each turn the server detects,
 * latency is measured at the client from the last voiced frame of that turn (the last one at or before the
 * `speechEndMs` its `transcript.final` reports, so a transcript that arrives while the customer already
 * speaks again is still timed from its own turn) to the first `reply.audio` chunk of its reply, split at
 * the client into voiced end -> `transcript.final` (silence waited plus recognition after the end of turn,
 * plus the socket) and `transcript.final` -> first reply audio.
 * "Voiced" is judged by frame energy (RMS above 10% of the clip's loudest frame), which is what a listener
 * would call the end of the sentence. A turn whose reply never starts because the customer went on
 * speaking (a continuation after an early end) is counted apart and not timed.
 */
import { io, type Socket } from 'socket.io-client';
import type { SpeechClip } from '../../server/speech/testing/shared_speech_data.ts';
import { readClipAudio } from '../../server/speech/testing/shared_speech_data.ts';
import { startChild } from './server_process.ts';
import { summarize } from './stats.ts';
import { errorRate } from '../../server/speech/wer.ts';

const FRAME = 320; // 20 ms at 16 kHz

function voicedFrames(samples: Int16Array): boolean[] {
  const rms: number[] = [];
  for (let i = 0; i < samples.length; i += FRAME) {
    let sum = 0;
    const end = Math.min(samples.length, i + FRAME);
    for (let j = i; j < end; j++) sum += samples[j]! * samples[j]!;
    rms.push(Math.sqrt(sum / Math.max(1, end - i)));
  }
  const threshold = Math.max(...rms) * 0.1;
  return rms.map((r) => r > threshold);
}

interface ServerTurn {
  latencyMs: number;
  transcriptAfterVoicedEndMs: number;
  replyAudioAfterTranscriptMs: number;
  transcript: string;
}

async function streamOneClip(
  url: string,
  clip: SpeechClip,
): Promise<{ turns: ServerTurn[]; unanswered: number; transcripts: string[] }> {
  const { samples } = readClipAudio(clip);
  const voiced = voicedFrames(samples);
  const socket: Socket = io(`${url}/customer`, {
    auth: { channel: 'kiosk', locale: clip.locale },
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
  });
  await new Promise<void>((res, rej) => {
    socket.once('session.ready', () => res());
    socket.once('connect_error', rej);
  });
  let lastVoicedSentAt = 0;
  const pending: Array<{ endAt: number; finalAt: number; transcript: string }> = [];
  const turns: ServerTurn[] = [];
  let unanswered = 0;
  const seenReplies = new Set<string>();
  let failure: Error | null = null;
  const transcripts: string[] = [];
  const sentAt: number[] = [];
  /** Send time of the last voiced frame at or before the server's end of the voice (stream ms). */
  const voicedEndAt = (speechEndMs: number | undefined): number => {
    if (speechEndMs === undefined) return lastVoicedSentAt;
    for (let f = Math.min(Math.ceil(speechEndMs / 20) - 1, sentAt.length - 1); f >= 0; f--)
      if (voiced[f]) return sentAt[f]!;
    return lastVoicedSentAt;
  };
  socket.on('transcript.final', (t: { text: string; speechEndMs?: number }) => {
    transcripts.push(t.text);
    // An earlier turn still without reply audio was continued by this one: its reply was cancelled.
    unanswered += pending.splice(0).length;
    pending.push({ endAt: voicedEndAt(t.speechEndMs), finalAt: performance.now(), transcript: t.text });
  });
  socket.on('reply.audio', (a: { replyId: string }) => {
    if (seenReplies.has(a.replyId)) return;
    seenReplies.add(a.replyId);
    const turn = pending.shift();
    const now = performance.now();
    if (turn)
      turns.push({
        latencyMs: now - turn.endAt,
        transcriptAfterVoicedEndMs: turn.finalAt - turn.endAt,
        replyAudioAfterTranscriptMs: now - turn.finalAt,
        transcript: turn.transcript,
      });
  });
  socket.on(
    'server.error',
    (e: { code: string; message: string }) => (failure = new Error(`${e.code}: ${e.message}`)),
  );
  socket.emit('audio.start', { sampleRate: 16000, encoding: 'pcm16', mode: 'hands_free' });
  const t0 = performance.now();
  const frames = Math.ceil(samples.length / FRAME);
  // Real-time pace, then room silence (at least 3 s, so a slow last turn is not lost) until every detected
  // turn has been answered (at most 30 s).
  for (let f = 0; ; f++) {
    if (f >= frames + 150 && pending.length === 0) break;
    if (f >= frames + 1500 || failure) break;
    const due = t0 + f * 20;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const chunk = f < frames ? samples.slice(f * FRAME, (f + 1) * FRAME) : new Int16Array(FRAME);
    const pcm = new Uint8Array(FRAME * 2);
    pcm.set(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    socket.emit('audio.frame', { seq: f, pcm });
    sentAt.push(performance.now());
    if (f < frames && voiced[f]) lastVoicedSentAt = performance.now();
  }
  socket.close();
  if (failure) throw failure;
  return { turns, unanswered: unanswered + pending.length, transcripts };
}

/**
 * Streams every clip `passes` times (each pass a new customer session on the same server, clips in order),
 * so the percentiles rest on more turns than the few the clips hold. Word error rates are of the first pass.
 */
export async function measureVoiceViaServer(
  clips: SpeechClip[],
  env: Record<string, string>,
  passes = 1,
): Promise<Record<string, unknown>> {
  process.stderr.write('[voice] starting a server process\n');
  const server = await startChild('server/main.ts', {
    LOG_LEVEL: process.env.BENCH_SERVER_LOG_LEVEL ?? 'warn',
    REDIS_URL: '',
    ...env,
  });
  try {
    const turns: Array<ServerTurn & { clip: string }> = [];
    let unanswered = 0;
    const wordErrorRate: Record<string, number> = {};
    for (let pass = 1; pass <= passes; pass++)
      for (const clip of clips) {
        process.stderr.write(`[voice] pass ${pass}/${passes}: streaming ${clip.file} at real-time pace\n`);
        const got = await streamOneClip(server.url, clip);
        unanswered += got.unanswered;
        const heard = got.transcripts.join(clip.locale === 'zh-CN' ? '' : ' ');
        wordErrorRate[clip.file] ??= Math.round(errorRate(clip.reference, heard).rate * 1000) / 1000;
        for (const t of got.turns) {
          turns.push({
            clip: clip.file,
            latencyMs: Math.round(t.latencyMs),
            transcriptAfterVoicedEndMs: Math.round(t.transcriptAfterVoicedEndMs),
            replyAudioAfterTranscriptMs: Math.round(t.replyAudioAfterTranscriptMs),
            transcript: t.transcript,
          });
        }
      }
    return {
      env,
      passes,
      endOfSpeechToFirstReplyAudioMs: summarize(turns.map((t) => t.latencyMs)),
      transcriptAfterVoicedEndMs: summarize(turns.map((t) => t.transcriptAfterVoicedEndMs)),
      replyAudioAfterTranscriptMs: summarize(turns.map((t) => t.replyAudioAfterTranscriptMs)),
      turnsContinuedBeforeTheirReply: unanswered,
      /** What the server recognised while streaming, against the clip's reference. */
      wordErrorRate,
      turns,
      serverRssMb: server.rssMb(),
    };
  } finally {
    await server.stop();
  }
}
