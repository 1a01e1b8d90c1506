/**
 * Turns a TTS engine's chunks into `reply.audio` payloads for one reply: numbered from 0, `last` on the
 * final one. The first chunk goes out at once; to mark `last` without delaying speech, each later chunk is
 * held until the next one arrives, but never longer than `holdMs`. When nothing is held as the engine
 * finishes (a one-chunk reply, or a held chunk had to go out), an empty chunk (0 ms, no audio) carries
 * `last`.
 */
import type { CustomerOutbound, Locale } from '../protocol/protocol.ts';
import type { TextToSpeech, TtsChunk } from './speech_types.ts';

export type ReplyAudio = CustomerOutbound['reply.audio'];

export interface ReplyAudioResult {
  chunks: number;
  /** Audio length of everything sent, ms. */
  audioMs: number;
  /** `performance.now()` when the first chunk was handed on, if any was. */
  firstChunkAt: number | undefined;
}

const TIMEOUT = Symbol('timeout');

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | typeof TIMEOUT> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMEOUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMEOUT), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

export async function streamReplyAudio(args: {
  tts: TextToSpeech;
  replyId: string;
  text: string;
  locale: Locale;
  voice?: string;
  signal: AbortSignal;
  send: (payload: ReplyAudio) => void;
  holdMs?: number;
}): Promise<ReplyAudioResult> {
  const { tts, replyId, signal, send } = args;
  const holdMs = args.holdMs ?? 25;
  const result: ReplyAudioResult = { chunks: 0, audioMs: 0, firstChunkAt: undefined };
  let sampleRate = 16000;
  const emit = (c: TtsChunk | undefined, last: boolean): void => {
    if (signal.aborted) return;
    if (result.firstChunkAt === undefined) result.firstChunkAt = performance.now();
    if (c) sampleRate = c.sampleRate;
    send({
      replyId,
      seq: result.chunks++,
      audio: c?.audio ?? new Uint8Array(0),
      sampleRate,
      encoding: 'pcm16',
      offsetMs: c?.offsetMs ?? result.audioMs,
      durationMs: c?.durationMs ?? 0,
      timeline: c?.timeline ?? { words: [], visemes: [] },
      last,
    });
    if (c) result.audioMs = c.offsetMs + c.durationMs;
  };
  const chunks = tts.synthesize({
    text: args.text,
    locale: args.locale,
    signal,
    ...(args.voice ? { voice: args.voice } : {}),
  });
  const iterator = chunks[Symbol.asyncIterator]();
  let held: TtsChunk | undefined;
  let next = iterator.next();
  try {
    for (;;) {
      const r = held ? await withTimeout(next, holdMs) : await next;
      if (signal.aborted) break;
      if (r === TIMEOUT) {
        emit(held, false);
        held = undefined;
        continue;
      }
      if (r.done) {
        if (held) emit(held, true);
        else if (result.chunks > 0) emit(undefined, true);
        break;
      }
      if (held) emit(held, false);
      if (result.chunks === 0)
        emit(r.value, false); // the first chunk never waits: it starts the speech
      else held = r.value;
      next = iterator.next();
    }
  } catch (err) {
    // The engine failed mid-reply: close the reply's audio cleanly, then report.
    if (held) emit(held, true);
    else if (result.chunks > 0) emit(undefined, true);
    throw err;
  } finally {
    if (signal.aborted) {
      // The engine sees the same signal and stops; settle its pending step so nothing is left unhandled.
      next.catch(() => undefined).finally(() => void iterator.return?.(undefined)?.catch(() => undefined));
    }
  }
  return result;
}
