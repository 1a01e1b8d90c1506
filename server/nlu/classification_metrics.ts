/**
 * Metrics of a labelled prediction run: accuracy, macro-F1 (over the union of gold and predicted labels,
 * as scikit-learn does), in-scope accuracy and out-of-scope recall when an out-of-scope label is given,
 * per-label precision/recall/F1 and the most frequent confusion pairs.
 */

export interface LabelStats {
  label: string;
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ConfusionPair {
  gold: string;
  predicted: string;
  count: number;
}

export interface ClassificationMetrics {
  n: number;
  correct: number;
  accuracy: number;
  macroF1: number;
  /** Accuracy over rows whose gold label is not the out-of-scope label (null without one). */
  inScopeAccuracy: number | null;
  /** Share of gold out-of-scope rows predicted out of scope (null without such rows). */
  oosRecall: number | null;
  perLabel: LabelStats[];
  confusions: ConfusionPair[];
}

export function classificationMetrics(
  gold: readonly string[],
  predicted: readonly string[],
  oosLabel?: string,
): ClassificationMetrics {
  if (gold.length !== predicted.length) throw new Error('gold and predicted lengths differ');
  const tp = new Map<string, number>();
  const goldCount = new Map<string, number>();
  const predCount = new Map<string, number>();
  const pairs = new Map<string, ConfusionPair>();
  let correct = 0;
  let inTotal = 0;
  let inOk = 0;
  let oosTotal = 0;
  let oosOk = 0;
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  gold.forEach((g, i) => {
    const p = predicted[i] ?? '';
    inc(goldCount, g);
    inc(predCount, p);
    if (g === p) {
      correct++;
      inc(tp, g);
    } else {
      const key = `${g}\u0000${p}`;
      const pair = pairs.get(key) ?? { gold: g, predicted: p, count: 0 };
      pair.count++;
      pairs.set(key, pair);
    }
    if (oosLabel !== undefined) {
      if (g === oosLabel) {
        oosTotal++;
        if (p === oosLabel) oosOk++;
      } else {
        inTotal++;
        if (g === p) inOk++;
      }
    }
  });
  const labels = [...new Set([...goldCount.keys(), ...predCount.keys()])].sort();
  const perLabel = labels.map((label) => {
    const t = tp.get(label) ?? 0;
    const support = goldCount.get(label) ?? 0;
    const predictedN = predCount.get(label) ?? 0;
    const precision = predictedN ? t / predictedN : 0;
    const recall = support ? t / support : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, support, precision, recall, f1 };
  });
  const n = gold.length;
  return {
    n,
    correct,
    accuracy: n ? correct / n : 0,
    macroF1: perLabel.length ? perLabel.reduce((s, l) => s + l.f1, 0) / perLabel.length : 0,
    inScopeAccuracy: oosLabel !== undefined && inTotal ? inOk / inTotal : null,
    oosRecall: oosLabel !== undefined && oosTotal ? oosOk / oosTotal : null,
    perLabel,
    confusions: [...pairs.values()].sort(
      (a, b) => b.count - a.count || a.gold.localeCompare(b.gold) || a.predicted.localeCompare(b.predicted),
    ),
  };
}

/** Value at quantile q (0..1) of the sorted copy of `values`, nearest-rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}
