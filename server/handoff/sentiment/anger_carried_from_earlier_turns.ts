/**
 * The conversation was already angry before this message: the trend over the earlier turns alone is at or below
 * the threshold. Then the model's calm reading of this one message ("I was charged twice for the same purchase",
 * after "Absolutely useless bank, I am fed up") does not set the trend aside: the customer has not calmed down
 * because one sentence is plainly worded. The trend itself still decides (it fades as calm turns follow).
 */
import { trendOf } from './sentiment_trend.ts';

export function angerCarriedFromEarlierTurns(
  series: readonly number[],
  alpha: number,
  threshold: number,
): boolean {
  return series.length > 1 && trendOf(series.slice(0, -1), alpha) <= threshold;
}
