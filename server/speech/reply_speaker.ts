/**
 * Speaks replies one after another and remembers each until the client has played it, so a barge-in can
 * still cancel audio that was already sent. A reply counts as playing until `playback.ended` arrives or,
 * failing that, until its audio length has passed since its first chunk (plus a grace period).
 */
import type { CustomerOutbound, CustomerOutboundEvent, Locale } from '../protocol/protocol.ts';
import type { Logger } from '../logger.ts';
import type { TextToSpeech } from './speech_types.ts';
import { streamReplyAudio } from './reply_audio_stream.ts';

export interface SpeakRequest {
  replyId: string;
  text: string;
  /** Spoken instead of `text` when present (e.g. figures masked on screen). */
  speech?: string;
  locale: Locale;
  voice?: string;
}

type Emit = <K extends CustomerOutboundEvent>(event: K, payload: CustomerOutbound[K]) => void;
type CancelReason = CustomerOutbound['reply.cancel']['reason'];

interface Entry {
  replyId: string;
  controller: AbortController;
  phase: 'queued' | 'synthesising' | 'playing';
  timer?: NodeJS.Timeout;
}

const PLAYBACK_GRACE_MS = 300;

export class ReplySpeaker {
  private readonly entries = new Map<string, Entry>();
  private tail: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly deps: {
      tts: TextToSpeech | null;
      logger: Logger;
      emit: Emit;
      onFirstAudio: (replyId: string) => void;
      onIdle: () => void;
      onError: (err: unknown) => void;
      holdMs?: number;
    },
  ) {}

  /** A reply is being synthesised, waiting, or still playing on the client. */
  get busy(): boolean {
    return this.entries.size > 0;
  }

  canSpeak(locale: Locale): boolean {
    return this.deps.tts?.locales.includes(locale) ?? false;
  }

  speak(request: SpeakRequest, signal?: AbortSignal): Promise<void> {
    const tts = this.deps.tts;
    if (this.closed || !tts || !tts.locales.includes(request.locale)) return Promise.resolve();
    this.entries.get(request.replyId)?.controller.abort();
    const entry: Entry = { replyId: request.replyId, controller: new AbortController(), phase: 'queued' };
    this.entries.set(request.replyId, entry);
    signal?.addEventListener('abort', () => this.drop(entry), { once: true });
    const run = this.tail.then(() => this.run(tts, entry, request));
    this.tail = run.catch((err: unknown) => this.deps.logger.debug({ err }, 'reply speech failed'));
    return run;
  }

  private async run(tts: TextToSpeech, entry: Entry, request: SpeakRequest): Promise<void> {
    const { signal } = entry.controller;
    if (signal.aborted) return;
    entry.phase = 'synthesising';
    let audioMs = 0;
    let firstChunkAt: number | undefined;
    try {
      const result = await streamReplyAudio({
        tts,
        replyId: request.replyId,
        text: request.speech ?? request.text,
        locale: request.locale,
        ...(request.voice ? { voice: request.voice } : {}),
        signal,
        ...(this.deps.holdMs === undefined ? {} : { holdMs: this.deps.holdMs }),
        send: (payload) => {
          if (payload.seq === 0) this.deps.onFirstAudio(request.replyId);
          this.deps.emit('reply.audio', payload);
        },
      });
      audioMs = result.audioMs;
      firstChunkAt = result.firstChunkAt;
    } catch (err) {
      if (!signal.aborted) this.deps.onError(err);
    }
    if (signal.aborted || this.entries.get(entry.replyId) !== entry) return;
    entry.phase = 'playing';
    if (firstChunkAt === undefined) {
      this.finish(entry); // nothing was sent: nothing to play
      return;
    }
    const remaining = firstChunkAt + audioMs - performance.now();
    entry.timer = setTimeout(() => this.finish(entry), Math.max(0, remaining) + PLAYBACK_GRACE_MS);
    entry.timer.unref();
  }

  /** The client reports the reply has finished playing. */
  playbackEnded(replyId: string): void {
    const entry = this.entries.get(replyId);
    if (entry?.phase === 'playing') this.finish(entry);
  }

  /** Cancels every reply not yet finished playing and tells the client (`reply.cancel`). */
  cancelAll(reason: CancelReason): void {
    const entries = [...this.entries.values()];
    this.entries.clear();
    for (const entry of entries) {
      entry.controller.abort();
      clearTimeout(entry.timer);
      if (!this.closed) this.deps.emit('reply.cancel', { replyId: entry.replyId, reason });
    }
  }

  close(): void {
    this.closed = true;
    for (const entry of this.entries.values()) {
      entry.controller.abort();
      clearTimeout(entry.timer);
    }
    this.entries.clear();
  }

  /** Stopped by the caller's own signal: no `reply.cancel` (the caller tells the client if it must). */
  private drop(entry: Entry): void {
    entry.controller.abort();
    clearTimeout(entry.timer);
    if (this.entries.get(entry.replyId) === entry) {
      this.entries.delete(entry.replyId);
      this.deps.onIdle();
    }
  }

  private finish(entry: Entry): void {
    clearTimeout(entry.timer);
    if (this.entries.get(entry.replyId) !== entry) return;
    this.entries.delete(entry.replyId);
    this.deps.onIdle();
  }
}
