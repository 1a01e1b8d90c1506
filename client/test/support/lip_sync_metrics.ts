/**
 * Lip-sync accuracy from the page's records: for each scheduled viseme, when did its expression weight
 * peak (first rendered frame at its maximum) relative to the viseme's scheduled audio time?
 */

export interface FrameSample {
  clock: number;
  lead?: number;
  visemes: Record<string, number>;
}

export interface VisemeEvent {
  viseme: string;
  start: number;
  end: number;
}

export interface VisemePeak {
  viseme: string;
  /** Peak frame time minus scheduled start, ms (positive = the mouth is late). */
  offsetMs: number;
  peak: number;
  /** Interval between the rendered frames around the peak, ms. */
  frameMs: number;
  /** The page's sampling lead at the peak, ms. */
  leadMs: number;
}

export function visemePeaks(
  frames: readonly FrameSample[],
  events: readonly VisemeEvent[],
  fadeSec = 0.05,
): VisemePeak[] {
  const out: VisemePeak[] = [];
  for (const e of events) {
    const idx: number[] = [];
    frames.forEach((f, i) => {
      if (f.clock >= e.start - fadeSec - 0.03 && f.clock <= e.end) idx.push(i);
    });
    if (idx.length === 0) continue;
    let max = 0;
    for (const i of idx) max = Math.max(max, frames[i]?.visemes[e.viseme] ?? 0);
    if (max < 0.3) continue;
    const first = idx.find((i) => (frames[i]?.visemes[e.viseme] ?? 0) >= max - 0.01);
    if (first === undefined) continue;
    const f = frames[first];
    const prev = frames[first - 1];
    if (!f) continue;
    out.push({
      viseme: e.viseme,
      offsetMs: (f.clock - e.start) * 1000,
      peak: max,
      frameMs: prev ? (f.clock - prev.clock) * 1000 : 0,
      leadMs: (f.lead ?? 0) * 1000,
    });
  }
  return out;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const k = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[k] ?? NaN;
}
