/**
 * Plays `reply.audio` PCM16 chunks gaplessly on an AudioContext: each chunk is placed at its reply's
 * start time plus its `offsetMs`, so the audio stays aligned with the viseme timeline. Reports when a
 * reply starts and ends, and stops at once on cancel (barge-in, reset).
 */
import type { ReplyAudio } from '../../server/protocol/protocol.ts';
import { int16ToFloat32, toInt16 } from './pcm.ts';

export interface AudioPlayerCallbacks {
  /** A chunk was scheduled; `baseTime` is the context time of the reply's offset 0. */
  onChunk?(chunk: ReplyAudio, baseTime: number, pcm: Int16Array, chunkStart: number): void;
  /** The reply's first sample is about to be heard. */
  onStarted?(replyId: string, clientTimeMs: number): void;
  /** The reply's last chunk finished playing (not called after cancel). */
  onEnded?(replyId: string): void;
}

interface ReplyPlayback {
  replyId: string;
  baseTime: number;
  endTime: number;
  sources: Set<AudioBufferSourceNode>;
  lastReceived: boolean;
  started: boolean;
  timer: ReturnType<typeof setTimeout> | null;
}

/** Scheduling margin so the first chunk is never scheduled in the past. */
const LEAD_SEC = 0.06;

export class AudioPlayer {
  private readonly replies = new Map<string, ReplyPlayback>();
  private ctx: AudioContext | null = null;

  constructor(
    private readonly createContext: () => AudioContext,
    private readonly callbacks: AudioPlayerCallbacks = {},
  ) {}

  /** The context, created on first use. Call `unlock()` from a user gesture where autoplay is restricted. */
  context(): AudioContext {
    if (!this.ctx) this.ctx = this.createContext();
    return this.ctx;
  }

  unlock(): Promise<void> {
    const ctx = this.context();
    return ctx.state === 'suspended' ? ctx.resume() : Promise.resolve();
  }

  /** Context time of the sample being heard now (compensates the output latency when known). */
  clock(): number {
    const ctx = this.ctx;
    if (!ctx) return performance.now() / 1000;
    const ts = typeof ctx.getOutputTimestamp === 'function' ? ctx.getOutputTimestamp() : null;
    if (ts && ts.contextTime !== undefined && ts.performanceTime !== undefined && ts.performanceTime > 0) {
      return ts.contextTime + (performance.now() - ts.performanceTime) / 1000;
    }
    return ctx.currentTime - (ctx.outputLatency || ctx.baseLatency || 0);
  }

  /** The reply whose audio is playing or scheduled next, if any. */
  get current(): string | null {
    for (const r of this.replies.values()) return r.replyId;
    return null;
  }

  get playing(): boolean {
    return this.replies.size > 0;
  }

  enqueue(chunk: ReplyAudio): void {
    const ctx = this.context();
    const pcm = toInt16(chunk.audio as ArrayBuffer | ArrayBufferView);
    let reply = this.replies.get(chunk.replyId);
    if (!reply) {
      // A new reply starts after whatever is still queued.
      let after = ctx.currentTime + LEAD_SEC;
      for (const r of this.replies.values()) after = Math.max(after, r.endTime);
      reply = {
        replyId: chunk.replyId,
        baseTime: after - chunk.offsetMs / 1000,
        endTime: after,
        sources: new Set(),
        lastReceived: false,
        started: false,
        timer: null,
      };
      this.replies.set(chunk.replyId, reply);
    }
    let start = reply.baseTime + chunk.offsetMs / 1000;
    if (start < ctx.currentTime + 0.01) {
      // The chunk arrived late: shift the rest of the reply so it stays gapless from here on.
      const shift = ctx.currentTime + LEAD_SEC - start;
      reply.baseTime += shift;
      start += shift;
    }
    if (pcm.length > 0) {
      const buffer = ctx.createBuffer(1, pcm.length, chunk.sampleRate);
      buffer.getChannelData(0).set(int16ToFloat32(pcm));
      const src = ctx.createBufferSource();
      src.buffer = buffer;
      src.connect(ctx.destination);
      src.onended = () => this.sourceEnded(reply, src);
      reply.sources.add(src);
      src.start(start);
      reply.endTime = Math.max(reply.endTime, start + buffer.duration);
    }
    reply.lastReceived ||= chunk.last;
    this.callbacks.onChunk?.(chunk, reply.baseTime, pcm, start);
    if (!reply.started && reply.timer === null) {
      const r = reply;
      r.timer = setTimeout(
        () => {
          r.timer = null;
          r.started = true;
          this.callbacks.onStarted?.(r.replyId, Date.now());
        },
        Math.max(0, (start - ctx.currentTime) * 1000),
      );
    }
    if (reply.lastReceived && reply.sources.size === 0) this.finish(reply);
  }

  /** Stops the given reply (or everything) immediately. */
  cancel(replyId?: string): void {
    for (const r of [...this.replies.values()]) {
      if (replyId && r.replyId !== replyId) continue;
      if (r.timer !== null) clearTimeout(r.timer);
      for (const s of r.sources) {
        s.onended = null;
        s.stop();
        s.disconnect();
      }
      r.sources.clear();
      this.replies.delete(r.replyId);
    }
  }

  private sourceEnded(reply: ReplyPlayback, src: AudioBufferSourceNode): void {
    reply.sources.delete(src);
    src.disconnect();
    if (reply.lastReceived && reply.sources.size === 0) this.finish(reply);
  }

  private finish(reply: ReplyPlayback): void {
    if (!this.replies.has(reply.replyId)) return;
    this.replies.delete(reply.replyId);
    if (reply.timer !== null) {
      clearTimeout(reply.timer);
      reply.timer = null;
      this.callbacks.onStarted?.(reply.replyId, Date.now());
    }
    this.callbacks.onEnded?.(reply.replyId);
  }
}
