/** Viseme envelopes on a fake audio clock: peak at the scheduled time, cross-fades, closing, cancel. */
import { describe, expect, it } from 'vitest';
import { LipSyncScheduler } from './lip_sync_scheduler.ts';

function fakeClock(): { now: number; fn: () => number } {
  const c = { now: 0, fn: () => c.now };
  return c;
}

describe('LipSyncScheduler', () => {
  const timeline = [
    { viseme: 'sil' as const, startMs: 0, endMs: 100 },
    { viseme: 'aa' as const, startMs: 100, endMs: 300 },
    { viseme: 'ou' as const, startMs: 300, endMs: 450 },
    { viseme: 'sil' as const, startMs: 450, endMs: 600 },
  ];

  it('reaches full weight exactly at the viseme start on the audio clock', () => {
    const clock = fakeClock();
    const lip = new LipSyncScheduler(clock.fn, { fadeSec: 0.05, gains: { aa: 1, ou: 1 } });
    lip.schedule('r1', 10, timeline);
    expect(lip.sample(10.0).aa).toBe(0);
    expect(lip.sample(10.06).aa).toBeGreaterThan(0);
    expect(lip.sample(10.06).aa).toBeLessThan(1);
    expect(lip.sample(10.1).aa).toBeCloseTo(1, 6);
    expect(lip.sample(10.2).aa).toBeCloseTo(1, 6);
  });

  it('cross-fades between consecutive visemes over the fade window', () => {
    const clock = fakeClock();
    const lip = new LipSyncScheduler(clock.fn, { fadeSec: 0.05, gains: { aa: 1, ou: 1 } });
    lip.schedule('r1', 0, timeline);
    const mid = lip.sample(0.275);
    expect(mid.aa).toBeGreaterThan(0.2);
    expect(mid.ou).toBeGreaterThan(0.2);
    expect(mid.aa + mid.ou).toBeCloseTo(1, 5);
    expect(lip.sample(0.3).ou).toBeCloseTo(1, 6);
    expect(lip.sample(0.3).aa).toBe(0);
  });

  it('decays to a closed mouth by the end of the last viseme', () => {
    const clock = fakeClock();
    const lip = new LipSyncScheduler(clock.fn);
    lip.schedule('r1', 0, timeline);
    const end = lip.sample(0.45);
    expect(Object.values(end).every((w) => w === 0)).toBe(true);
    expect(lip.busy(0.44)).toBe(true);
    expect(lip.busy(0.46)).toBe(false);
  });

  it('ignores silence and applies per-viseme gains', () => {
    const clock = fakeClock();
    const lip = new LipSyncScheduler(clock.fn, { gains: { ih: 0.5 } });
    const added = lip.schedule('r1', 0, [
      { viseme: 'sil', startMs: 0, endMs: 100 },
      { viseme: 'ih', startMs: 100, endMs: 300 },
    ]);
    expect(added.map((e) => e.viseme)).toEqual(['ih']);
    expect(lip.sample(0.2).ih).toBeCloseTo(0.5, 6);
  });

  it('cancel drops pending visemes and closes within one fade', () => {
    const clock = fakeClock();
    const lip = new LipSyncScheduler(clock.fn, { fadeSec: 0.05 });
    lip.schedule('r1', 0, timeline);
    clock.now = 0.2;
    expect(lip.sample().aa).toBeGreaterThan(0.5);
    lip.cancel('r1');
    expect(lip.sample(0.2).aa).toBeGreaterThan(0.5);
    expect(lip.sample(0.23).aa).toBeLessThan(0.6);
    expect(lip.sample(0.26).aa).toBe(0);
    expect(lip.sample(0.35).ou).toBe(0);
    expect(lip.scheduled()).toHaveLength(0);
  });

  it('keeps other replies when cancelling one, and prunes finished visemes', () => {
    const clock = fakeClock();
    const lip = new LipSyncScheduler(clock.fn);
    lip.schedule('a', 0, [{ viseme: 'aa', startMs: 0, endMs: 100 }]);
    lip.schedule('b', 1, [{ viseme: 'ee', startMs: 0, endMs: 100 }]);
    lip.cancel('a');
    expect(lip.scheduled().map((e) => e.replyId)).toEqual(['b']);
    lip.prune(2);
    expect(lip.scheduled()).toHaveLength(0);
  });
});
