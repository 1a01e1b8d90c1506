/**
 * Multinomial logistic regression (softmax, L2) trained by plain SGD on sparse rows. The L2 shrink is a
 * global scale on the weights (`w = scale * v`), so each step touches only the row's features; the step size
 * decays as lr0 / (1 + lr0 * lambda * t) (Bottou's schedule for strongly convex SGD).
 */
import { emptyWeights, type LinearWeights } from './linear_weights.ts';
import { seededRandom, shuffleInPlace } from './random.ts';
import type { CsrMatrix } from './sparse_matrix.ts';

export interface SoftmaxConfig {
  /** L2 strength per example (lambda); the objective is mean log-loss + lambda/2 |w|^2. */
  lambda: number;
  epochs: number;
  lr0: number;
  seed: number;
}

export const DEFAULT_SOFTMAX_CONFIG: SoftmaxConfig = { lambda: 1e-5, epochs: 12, lr0: 0.5, seed: 3 };

export function trainSoftmaxRegression(
  x: CsrMatrix,
  labels: Int32Array,
  classes: number,
  config: SoftmaxConfig = DEFAULT_SOFTMAX_CONFIG,
): LinearWeights {
  const K = classes;
  const n = x.rows;
  const { indptr, indices, values } = x;
  const v = new Float64Array(x.cols * K);
  const bias = new Float64Array(K);
  const scores = new Float64Array(K);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const random = seededRandom(config.seed);
  let scale = 1;
  let t = 0;
  for (let epoch = 0; epoch < config.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (let s = 0; s < n; s++) {
      const i = order[s]!;
      const a = indptr[i]!;
      const e = indptr[i + 1]!;
      for (let k = 0; k < K; k++) scores[k] = 0;
      for (let p = a; p < e; p++) {
        const xv = values[p]!;
        const base = indices[p]! * K;
        for (let k = 0; k < K; k++) scores[k]! += xv * v[base + k]!;
      }
      let max = -Infinity;
      for (let k = 0; k < K; k++) {
        const z = scores[k]! * scale + bias[k]!;
        scores[k] = z;
        if (z > max) max = z;
      }
      let sum = 0;
      for (let k = 0; k < K; k++) {
        const ez = Math.exp(scores[k]! - max);
        scores[k] = ez;
        sum += ez;
      }
      const lr = config.lr0 / (1 + config.lr0 * config.lambda * t);
      t++;
      const yi = labels[i]!;
      for (let k = 0; k < K; k++) scores[k] = scores[k]! / sum - (k === yi ? 1 : 0);
      // Shrink first, then the loss gradient step on the shrunk weights.
      scale *= 1 - lr * config.lambda;
      const step = lr / scale;
      for (let p = a; p < e; p++) {
        const xv = values[p]! * step;
        const base = indices[p]! * K;
        for (let k = 0; k < K; k++) v[base + k]! -= xv * scores[k]!;
      }
      for (let k = 0; k < K; k++) bias[k]! -= lr * scores[k]!;
      if (scale < 1e-6) {
        for (let j = 0; j < v.length; j++) v[j]! *= scale;
        scale = 1;
      }
    }
  }
  const out = emptyWeights(x.cols, K);
  for (let j = 0; j < v.length; j++) out.w[j] = v[j]! * scale;
  out.bias.set(bias);
  return out;
}
