/** AudioPlayer on a fake AudioContext: gapless placement by offsetMs, late chunks, start/end, cancel. */
import { describe, expect, it, vi } from 'vitest';
import type { ReplyAudio } from '../../server/protocol/protocol.ts';
import { AudioPlayer } from './audio_player.ts';

class FakeSource {
  buffer: { duration: number } | null = null;
  onended: (() => void) | null = null;
  startedAt: number | null = null;
  stopped = false;
  connect(): void {}
  disconnect(): void {}
  start(t: number): void {
    this.startedAt = t;
  }
  stop(): void {
    this.stopped = true;
  }
}

class FakeContext {
  currentTime = 0;
  state = 'running';
  destination = {};
  outputLatency = 0;
  baseLatency = 0;
  sources: FakeSource[] = [];
  createBuffer(_ch: number, length: number, rate: number): unknown {
    return { duration: length / rate, getChannelData: () => new Float32Array(length) };
  }
  createBufferSource(): FakeSource {
    const s = new FakeSource();
    this.sources.push(s);
    return s;
  }
  resume(): Promise<void> {
    return Promise.resolve();
  }
}

function chunk(replyId: string, seq: number, offsetMs: number, ms: number, last = false): ReplyAudio {
  const samples = (16000 * ms) / 1000;
  return {
    replyId,
    seq,
    audio: new Uint8Array(samples * 2),
    sampleRate: 16000,
    encoding: 'pcm16',
    offsetMs,
    durationMs: ms,
    timeline: { words: [], visemes: [{ viseme: 'aa', startMs: offsetMs, endMs: offsetMs + ms }] },
    last,
  };
}

function setup(): { ctx: FakeContext; player: AudioPlayer; events: string[]; bases: number[] } {
  const ctx = new FakeContext();
  const events: string[] = [];
  const bases: number[] = [];
  const player = new AudioPlayer(() => ctx as unknown as AudioContext, {
    onChunk: (_c, base) => bases.push(base),
    onStarted: (id) => events.push(`started:${id}`),
    onEnded: (id) => events.push(`ended:${id}`),
  });
  return { ctx, player, events, bases };
}

describe('AudioPlayer', () => {
  it('places chunks back to back at their offsets from one reply base time', () => {
    const { ctx, player, bases } = setup();
    ctx.currentTime = 5;
    player.enqueue(chunk('r', 0, 0, 200));
    player.enqueue(chunk('r', 1, 200, 300));
    const [a, b] = ctx.sources;
    expect(a?.startedAt).toBeCloseTo(5.06, 6);
    expect(b?.startedAt).toBeCloseTo(5.26, 6);
    expect(bases).toEqual([bases[0], bases[0]]);
  });

  it('shifts the rest of a reply when a chunk arrives late, staying gapless from there', () => {
    const { ctx, player, bases } = setup();
    player.enqueue(chunk('r', 0, 0, 100));
    ctx.currentTime = 1;
    player.enqueue(chunk('r', 1, 100, 100));
    expect(ctx.sources[1]?.startedAt).toBeCloseTo(1.06, 6);
    expect(bases[1]).toBeCloseTo(0.96, 6);
  });

  it('reports start when the first sample plays and end after the last chunk finishes', () => {
    vi.useFakeTimers();
    try {
      const { ctx, player, events } = setup();
      player.enqueue(chunk('r', 0, 0, 100));
      player.enqueue(chunk('r', 1, 100, 100, true));
      expect(events).toEqual([]);
      vi.advanceTimersByTime(100);
      expect(events).toEqual(['started:r']);
      for (const s of ctx.sources) s.onended?.();
      expect(events).toEqual(['started:r', 'ended:r']);
      expect(player.playing).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('queues a second reply after the first', () => {
    const { ctx, player } = setup();
    player.enqueue(chunk('a', 0, 0, 500, true));
    player.enqueue(chunk('b', 0, 0, 100, true));
    expect(ctx.sources[1]?.startedAt).toBeCloseTo(0.56, 6);
  });

  it('cancel stops every scheduled source at once and reports no end', () => {
    const { ctx, player, events } = setup();
    player.enqueue(chunk('r', 0, 0, 100));
    player.enqueue(chunk('r', 1, 100, 100));
    player.cancel('r');
    expect(ctx.sources.every((s) => s.stopped)).toBe(true);
    expect(player.playing).toBe(false);
    expect(events.filter((e) => e.startsWith('ended'))).toEqual([]);
  });
});
