/**
 * Turns raw linear scores into probabilities that mean something, fitted on held-out predictions:
 * calibrated logits are a weighted sum of each model's scores, `z = sum_m a_m * s_m`, and `p = softmax(z)`.
 * With one model this is temperature scaling (a = 1/T); with several it is also the ensemble weighting.
 * The weights minimise held-out log-loss, which is convex in `a`, so a few damped Newton steps suffice.
 * Also picks the out-of-scope threshold on the top probability from the same held-out predictions.
 */

export interface HeldOut {
  /** scores[m][i] = class scores of model m for example i. */
  scores: Float64Array[][];
  labels: Int32Array;
}

/** Softmax in place; returns the array. */
export function softmaxInPlace(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (let k = 0; k < z.length; k++) if (z[k]! > max) max = z[k]!;
  let sum = 0;
  for (let k = 0; k < z.length; k++) {
    const e = Math.exp(z[k]! - max);
    z[k] = e;
    sum += e;
  }
  for (let k = 0; k < z.length; k++) z[k] = z[k]! / sum;
  return z;
}

/** Combined logits `sum_m a_m * scores[m]` written into `out`. */
export function combineScores(
  weights: ArrayLike<number>,
  scores: readonly Float64Array[],
  out: Float64Array,
) {
  out.fill(0);
  for (let m = 0; m < scores.length; m++) {
    const s = scores[m]!;
    const a = weights[m] ?? 0;
    for (let k = 0; k < out.length; k++) out[k] = out[k]! + a * s[k]!;
  }
  return out;
}

function logLoss(heldOut: HeldOut, a: Float64Array): number {
  const n = heldOut.labels.length;
  const M = heldOut.scores.length;
  const K = heldOut.scores[0]?.[0]?.length ?? 0;
  const z = new Float64Array(K);
  let loss = 0;
  for (let i = 0; i < n; i++) {
    combineScores(a, heldOut.scores.map((s) => s[i]!).slice(0, M), z);
    let max = -Infinity;
    for (let k = 0; k < K; k++) if (z[k]! > max) max = z[k]!;
    let sum = 0;
    for (let k = 0; k < K; k++) sum += Math.exp(z[k]! - max);
    loss += max + Math.log(sum) - z[heldOut.labels[i]!]!;
  }
  return loss / Math.max(1, n);
}

/** Weights `a` (one per model) minimising held-out log-loss. */
export function fitCalibration(heldOut: HeldOut, iterations = 30): Float64Array {
  const M = heldOut.scores.length;
  const n = heldOut.labels.length;
  const K = heldOut.scores[0]?.[0]?.length ?? 0;
  const a = new Float64Array(M).fill(1 / Math.max(1, M));
  if (n === 0 || K < 2) return a;
  const z = new Float64Array(K);
  let current = logLoss(heldOut, a);
  for (let it = 0; it < iterations; it++) {
    const g = new Float64Array(M);
    const H = new Float64Array(M * M);
    const ez = new Float64Array(M);
    for (let i = 0; i < n; i++) {
      const rows = heldOut.scores.map((s) => s[i]!);
      softmaxInPlace(combineScores(a, rows, z));
      for (let m = 0; m < M; m++) {
        let e = 0;
        for (let k = 0; k < K; k++) e += z[k]! * rows[m]![k]!;
        ez[m] = e;
        g[m] = g[m]! + e - rows[m]![heldOut.labels[i]!]!;
      }
      for (let m = 0; m < M; m++) {
        for (let q = m; q < M; q++) {
          let e = 0;
          for (let k = 0; k < K; k++) e += z[k]! * rows[m]![k]! * rows[q]![k]!;
          H[m * M + q] = H[m * M + q]! + e - ez[m]! * ez[q]!;
        }
      }
    }
    for (let m = 0; m < M; m++) {
      g[m] = g[m]! / n;
      for (let q = m; q < M; q++) {
        H[m * M + q] = H[m * M + q]! / n + (m === q ? 1e-6 : 0);
        H[q * M + m] = H[m * M + q]!;
      }
    }
    const step = solveSymmetric(H, g, M);
    let t = 1;
    let improved = false;
    while (t > 1e-4) {
      const next = a.map((v, m) => Math.max(0, v - t * step[m]!));
      const loss = logLoss(heldOut, next);
      if (loss < current - 1e-9) {
        a.set(next);
        current = loss;
        improved = true;
        break;
      }
      t /= 2;
    }
    if (!improved) break;
  }
  return a;
}

/** Solves H x = g for a small symmetric positive-definite H (Gaussian elimination). */
function solveSymmetric(H: Float64Array, g: Float64Array, M: number): Float64Array {
  const A = Float64Array.from(H);
  const b = Float64Array.from(g);
  for (let c = 0; c < M; c++) {
    const pivot = A[c * M + c]! || 1e-12;
    for (let r = c + 1; r < M; r++) {
      const f = A[r * M + c]! / pivot;
      for (let k = c; k < M; k++) A[r * M + k] = A[r * M + k]! - f * A[c * M + k]!;
      b[r] = b[r]! - f * b[c]!;
    }
  }
  const x = new Float64Array(M);
  for (let r = M - 1; r >= 0; r--) {
    let s = b[r]!;
    for (let k = r + 1; k < M; k++) s -= A[r * M + k]! * x[k]!;
    x[r] = s / (A[r * M + r]! || 1e-12);
  }
  return x;
}

export interface ThresholdChoice {
  threshold: number;
  /** Held-out in-scope accuracy (right intent and above threshold) at that threshold. */
  inScopeAccuracy: number;
  /** Held-out out-of-scope recall at that threshold, or null without out-of-scope examples. */
  oosRecall: number | null;
}

export const THRESHOLD_RANGE = { min: 0.1, max: 0.6 } as const;
/** Without negative examples: keep this share of correct held-out predictions above the threshold. */
const KEEP_CORRECT = 0.97;

/**
 * Out-of-scope threshold from held-out probabilities. With out-of-scope examples (class `oosClass`), the
 * threshold maximising the mean of in-scope accuracy and out-of-scope recall (the middle of the best
 * plateau); without, the highest threshold that still keeps 97% of correct predictions. Clamped to
 * [0.1, 0.6] so a small or odd held-out set cannot produce an absurd value.
 */
export function chooseThreshold(probs: readonly Float64Array[], labels: Int32Array, oosClass: number) {
  const top = probs.map((p) => {
    let best = -1;
    for (let k = 0; k < p.length; k++) if (k !== oosClass && (best < 0 || p[k]! > p[best]!)) best = k;
    const oosWins = oosClass >= 0 && p[oosClass]! > (p[best] ?? 0);
    return { best, p: p[best] ?? 0, oosWins };
  });
  const evaluate = (t: number): ThresholdChoice => {
    let inTotal = 0;
    let inOk = 0;
    let oosTotal = 0;
    let oosOk = 0;
    top.forEach((r, i) => {
      const isOos = labels[i] === oosClass;
      const rejected = r.oosWins || r.p < t;
      if (isOos) {
        oosTotal++;
        if (rejected) oosOk++;
      } else {
        inTotal++;
        if (!rejected && r.best === labels[i]) inOk++;
      }
    });
    return {
      threshold: t,
      inScopeAccuracy: inOk / Math.max(1, inTotal),
      oosRecall: oosTotal ? oosOk / oosTotal : null,
    };
  };
  const candidates: number[] = [];
  for (let t = THRESHOLD_RANGE.min; t <= THRESHOLD_RANGE.max + 1e-9; t += 0.01)
    candidates.push(+t.toFixed(2));
  const hasOos = labels.some((l) => l === oosClass);
  if (!hasOos) {
    const correct = top
      .filter((r, i) => r.best === labels[i])
      .map((r) => r.p)
      .sort((x, y) => x - y);
    const q = correct[Math.floor((1 - KEEP_CORRECT) * correct.length)] ?? THRESHOLD_RANGE.min;
    const t = Math.min(THRESHOLD_RANGE.max, Math.max(THRESHOLD_RANGE.min, Math.floor(q * 100) / 100));
    return evaluate(t);
  }
  const scored = candidates.map((t) => {
    const c = evaluate(t);
    return { c, score: (c.inScopeAccuracy + (c.oosRecall ?? 0)) / 2 };
  });
  const bestScore = Math.max(...scored.map((s) => s.score));
  const plateau = scored.filter((s) => s.score >= bestScore - 1e-9);
  return plateau[Math.floor((plateau.length - 1) / 2)]!.c;
}
