/** Helpers on the lip-sync timeline (`words` + `visemes`, offsets in ms) that every TTS engine emits. */
import type { Timeline } from '../protocol/protocol.ts';

export type TimelineViseme = Timeline['visemes'][number];
export type TimelineWord = Timeline['words'][number];

export function emptyTimeline(): Timeline {
  return { words: [], visemes: [] };
}

/** Entries that start in [startMs, endMs). */
export function sliceTimeline(timeline: Timeline, startMs: number, endMs: number): Timeline {
  const inside = (e: { startMs: number }): boolean => e.startMs >= startMs && e.startMs < endMs;
  return { words: timeline.words.filter(inside), visemes: timeline.visemes.filter(inside) };
}

export function shiftTimeline(timeline: Timeline, byMs: number): Timeline {
  if (byMs === 0) return timeline;
  const shift = <E extends { startMs: number; endMs: number }>(e: E): E => ({
    ...e,
    startMs: roundMs(e.startMs + byMs),
    endMs: roundMs(e.endMs + byMs),
  });
  return { words: timeline.words.map(shift), visemes: timeline.visemes.map(shift) };
}

/** Clamps every entry into [0, durationMs] and drops entries that become empty. */
export function clampTimeline(timeline: Timeline, durationMs: number): Timeline {
  const clamp = <E extends { startMs: number; endMs: number }>(e: E): E => ({
    ...e,
    startMs: Math.min(Math.max(0, e.startMs), durationMs),
    endMs: Math.min(Math.max(0, e.endMs), durationMs),
  });
  return {
    words: timeline.words.map(clamp).filter((w) => w.endMs > w.startMs),
    visemes: timeline.visemes.map(clamp).filter((v) => v.endMs > v.startMs),
  };
}

/** Merges neighbouring visemes with the same shape and drops zero-length ones. */
export function mergeVisemes(visemes: readonly TimelineViseme[]): TimelineViseme[] {
  const out: TimelineViseme[] = [];
  for (const v of visemes) {
    if (v.endMs <= v.startMs) continue;
    const last = out.at(-1);
    if (last && last.viseme === v.viseme && Math.abs(last.endMs - v.startMs) < 0.5) last.endMs = v.endMs;
    else out.push({ ...v });
  }
  return out;
}

/** Round to 0.1 ms so JSON stays short. */
export function roundMs(ms: number): number {
  return Math.round(ms * 10) / 10;
}
