import { describe, expect, it } from 'vitest';
import { TimelineAssembler } from './azure_timeline.ts';

const ms = (n: number): number => n * 10_000; // ms -> 100-ns ticks
const audio = (durationMs: number, rate = 16000): Uint8Array =>
  new Uint8Array((rate * 2 * durationMs) / 1000);

describe('TimelineAssembler: SDK events -> TtsChunk timelines', () => {
  it('converts tick offsets to ms and puts each event on the chunk it starts in', () => {
    const a = new TimelineAssembler(16000);
    a.addViseme(0, 0);
    a.addWord('hello', ms(50), ms(200));
    a.addViseme(12, ms(50));
    a.addViseme(4, ms(150));
    expect(a.addAudio(audio(100))).toBeUndefined(); // held until the next chunk
    a.addViseme(0, ms(250));
    const first = a.addAudio(audio(100));
    expect(first).toMatchObject({ offsetMs: 0, durationMs: 100, sampleRate: 16000 });
    expect(first?.timeline.words).toEqual([{ text: 'hello', startMs: 50, endMs: 250 }]);
    expect(first?.timeline.visemes).toEqual([
      { viseme: 'sil', startMs: 0, endMs: 50 },
      { viseme: 'aa', startMs: 50, endMs: 150 },
    ]);
    const second = a.addAudio(audio(100));
    expect(second?.offsetMs).toBe(100);
    expect(second?.timeline.visemes).toEqual([{ viseme: 'ee', startMs: 150, endMs: 250 }]);
    const last = a.endSegment();
    expect(last).toMatchObject({ offsetMs: 200, durationMs: 100 });
    expect(last?.timeline.visemes).toEqual([{ viseme: 'sil', startMs: 250, endMs: 300 }]);
    expect(a.emittedMs).toBe(300);
  });

  it('rebases the offsets of a later segment onto the audio already emitted', () => {
    const a = new TimelineAssembler(24000);
    a.addAudio(audio(300, 24000));
    a.endSegment();
    a.addWord('next', ms(10), ms(100));
    a.addViseme(2, ms(10));
    a.addAudio(audio(200, 24000));
    const chunk = a.endSegment();
    expect(chunk?.offsetMs).toBe(300);
    expect(chunk?.timeline.words).toEqual([{ text: 'next', startMs: 310, endMs: 410 }]);
    expect(chunk?.timeline.visemes).toEqual([{ viseme: 'aa', startMs: 310, endMs: 500 }]);
  });

  it('merges repeated mouth shapes and keeps late events on the next chunk', () => {
    const a = new TimelineAssembler(16000);
    a.addAudio(audio(100));
    a.addAudio(audio(100)); // releases chunk 0 with no events
    a.addViseme(2, ms(20)); // late: belongs to chunk 0, goes on chunk 1
    a.addViseme(1, ms(60)); // same shape (aa): merged
    a.addViseme(6, ms(120));
    const chunk = a.endSegment();
    expect(chunk?.timeline.visemes).toEqual([
      { viseme: 'aa', startMs: 20, endMs: 120 },
      { viseme: 'ih', startMs: 120, endMs: 200 },
    ]);
  });

  it('never splits a sample when the service sends an odd number of bytes', () => {
    const a = new TimelineAssembler(16000);
    a.addAudio(new Uint8Array(33));
    const chunk = a.addAudio(new Uint8Array(31));
    expect(chunk?.audio.byteLength).toBe(32);
    expect(a.endSegment()?.audio.byteLength).toBe(32);
  });
});
