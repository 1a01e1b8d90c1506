/**
 * The sentiment trend over a conversation: an exponentially weighted moving average where the latest turn
 * weighs `alpha` and older turns fade geometrically, so a customer who has calmed down is not escalated
 * for an outburst ten turns ago, and one who is getting angrier crosses the threshold quickly.
 */

/** Turns kept for the sparkline in the agent console. */
export const SERIES_LENGTH = 20;

export interface SentimentTrend {
  /** EWMA after the latest turn, in [-1, 1]. */
  value: number;
  /** Per-turn scores, oldest first, at most SERIES_LENGTH. */
  series: number[];
}

export const EMPTY_TREND: SentimentTrend = { value: 0, series: [] };

export function nextTrend(prev: SentimentTrend, score: number, alpha: number): SentimentTrend {
  const value = prev.series.length === 0 ? score : alpha * score + (1 - alpha) * prev.value;
  return {
    value: Math.round(value * 1000) / 1000,
    series: [...prev.series, Math.round(score * 1000) / 1000].slice(-SERIES_LENGTH),
  };
}

/** The EWMA of a whole series (e.g. to recompute from stored per-turn scores). */
export function trendOf(series: readonly number[], alpha: number): number {
  let t = EMPTY_TREND;
  for (const s of series) t = nextTrend(t, s, alpha);
  return t.value;
}
