import { describe, expect, it } from 'vitest';
import { streamReplyAudio, type ReplyAudio } from './reply_audio_stream.ts';
import { SlowTts } from './testing/fakes.ts';

describe('streamReplyAudio', () => {
  it('does not hold the first chunk back, holds later ones at most holdMs, and closes with an empty last chunk', async () => {
    const sent: { at: number; p: ReplyAudio }[] = [];
    const t0 = performance.now();
    await streamReplyAudio({
      // chunks at 50 and 100 ms; the engine only says it is done at 700 ms
      tts: new SlowTts({ chunks: 2, delayMs: 50, tailDelayMs: 600 }),
      replyId: 'r',
      text: 'a b',
      locale: 'en',
      signal: new AbortController().signal,
      send: (p) => sent.push({ at: performance.now() - t0, p }),
      holdMs: 150,
    });
    expect(sent.map((s) => [s.p.seq, s.p.last, s.p.durationMs])).toEqual([
      [0, false, 100],
      [1, false, 100],
      [2, true, 0],
    ]);
    expect(sent[0]!.at).toBeLessThan(150); // not held: ~50 ms
    expect(sent[1]!.at).toBeLessThan(550); // held ~150 ms, not until the engine finished
    expect(sent[2]!.at).toBeGreaterThan(600);
  });

  it('marks the real final chunk last when the engine is fast', async () => {
    const sent: ReplyAudio[] = [];
    await streamReplyAudio({
      tts: new SlowTts({ chunks: 3, delayMs: 0 }),
      replyId: 'r',
      text: 'a b c',
      locale: 'en',
      signal: new AbortController().signal,
      send: (p) => sent.push(p),
      holdMs: 200,
    });
    expect(sent.map((p) => p.last)).toEqual([false, false, true]);
    expect(sent.every((p) => p.durationMs === 100)).toBe(true);
  });

  it('starts a one-chunk reply at once and closes it with an empty last chunk', async () => {
    const sent: ReplyAudio[] = [];
    await streamReplyAudio({
      tts: new SlowTts({ chunks: 1, delayMs: 0 }),
      replyId: 'r',
      text: 'a',
      locale: 'en',
      signal: new AbortController().signal,
      send: (p) => sent.push(p),
    });
    expect(sent.map((p) => [p.seq, p.last, p.durationMs])).toEqual([
      [0, false, 100],
      [1, true, 0],
    ]);
  });
});
