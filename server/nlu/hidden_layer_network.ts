/**
 * A small neural network over the same sparse TF-IDF rows as the linear models: one hidden ReLU layer with
 * dropout, softmax output, trained by plain SGD with a linearly decaying step. It sees interactions between
 * features that a linear model cannot, and its errors differ from the SVM's, so the calibrated ensemble of
 * both is more accurate than either (BANKING77 5-fold CV: SVM 90.85%, network 90.8%, both 91.56%).
 * Dropout 0.5 rather than 0.1 costs about 0.1 point there but keeps the calibrated probabilities soft enough
 * for the out-of-scope threshold on the product's own intents (0.1 pushed it to 0.6 and zh-CN to 94.3%).
 * Input weights are stored feature-major (`w1[col * hidden + h]`) so a sparse row touches contiguous blocks.
 */
import { seededRandom, shuffleInPlace } from './random.ts';
import type { CsrMatrix, SparseRow } from './sparse_matrix.ts';

export interface NetworkConfig {
  hidden: number;
  epochs: number;
  /** Initial SGD step, decayed linearly to zero over all epochs. */
  learningRate: number;
  /** Probability of dropping a hidden unit during training. */
  dropout: number;
  /** Input weights start uniform in [-initScale, initScale]. */
  initScale: number;
  seed: number;
}

export const DEFAULT_NETWORK_CONFIG: NetworkConfig = {
  hidden: 96,
  epochs: 8,
  learningRate: 0.1,
  dropout: 0.5,
  initScale: 0.1,
  seed: 1,
};

export interface NetworkWeights {
  features: number;
  hidden: number;
  classes: number;
  /** features x hidden, feature-major. */
  w1: Float32Array;
  b1: Float32Array;
  /** classes x hidden, class-major. */
  w2: Float32Array;
  b2: Float32Array;
}

/** Hidden activations (ReLU) of the row stored at `indices/values[a .. e)`, written into `h`. */
function hiddenLayer(
  m: NetworkWeights,
  indices: Int32Array,
  values: Float32Array,
  a: number,
  e: number,
  h: Float64Array,
) {
  const H = m.hidden;
  const w1 = m.w1;
  for (let q = 0; q < H; q++) h[q] = m.b1[q]!;
  for (let p = a; p < e; p++) {
    const v = values[p]!;
    const base = indices[p]! * H;
    // Unrolled by 4 (hidden is a multiple of 4): about twice as fast in V8 as the plain loop.
    for (let q = 0; q < H; q += 4) {
      h[q] = h[q]! + v * w1[base + q]!;
      h[q + 1] = h[q + 1]! + v * w1[base + q + 1]!;
      h[q + 2] = h[q + 2]! + v * w1[base + q + 2]!;
      h[q + 3] = h[q + 3]! + v * w1[base + q + 3]!;
    }
  }
  for (let q = 0; q < H; q++) if (h[q]! < 0) h[q] = 0;
}

/** Output logits from hidden activations, written into `out`. */
function outputLayer(m: NetworkWeights, h: Float64Array, out: Float64Array) {
  const H = m.hidden;
  const w2 = m.w2;
  for (let k = 0; k < m.classes; k++) {
    let z = m.b2[k]!;
    const base = k * H;
    for (let q = 0; q < H; q += 4) {
      z +=
        w2[base + q]! * h[q]! +
        w2[base + q + 1]! * h[q + 1]! +
        w2[base + q + 2]! * h[q + 2]! +
        w2[base + q + 3]! * h[q + 3]!;
    }
    out[k] = z;
  }
}

export function trainHiddenLayerNetwork(
  x: CsrMatrix,
  labels: Int32Array,
  classes: number,
  config: NetworkConfig = DEFAULT_NETWORK_CONFIG,
): NetworkWeights {
  const H = config.hidden;
  if (H <= 0 || H % 4 !== 0) throw new Error(`hidden units must be a positive multiple of 4, got ${H}`);
  const K = classes;
  const random = seededRandom(config.seed);
  const m: NetworkWeights = {
    features: x.cols,
    hidden: H,
    classes: K,
    w1: new Float32Array(x.cols * H),
    b1: new Float32Array(H),
    w2: new Float32Array(K * H),
    b2: new Float32Array(K),
  };
  for (let j = 0; j < m.w1.length; j++) m.w1[j] = (2 * random() - 1) * config.initScale;
  const outScale = Math.sqrt(6 / (H + K));
  for (let j = 0; j < m.w2.length; j++) m.w2[j] = (2 * random() - 1) * outScale;

  const { indptr, indices, values } = x;
  const { w1, b1, w2, b2 } = m;
  // The forward pass computes every unit, but only units that are positive and kept by dropout (`active`,
  // about a quarter at dropout 0.5) take part in the output layer and the backward pass: the other units'
  // gradients are zero, so skipping them changes nothing and makes training about 1.5x as fast.
  const hk = new Float64Array(H);
  const active = new Int32Array(H);
  const ha = new Float64Array(H);
  const dh = new Float64Array(H);
  const z = new Float64Array(K);
  const order = new Int32Array(x.rows);
  for (let i = 0; i < x.rows; i++) order[i] = i;
  const keep = 1 - config.dropout;
  const steps = config.epochs * x.rows;
  let t = 0;
  for (let epoch = 0; epoch < config.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (let s = 0; s < x.rows; s++) {
      const i = order[s]!;
      const lr = config.learningRate * (1 - t / steps);
      t++;
      const a = indptr[i]!;
      const e = indptr[i + 1]!;
      // Forward pass over all units (contiguous, unrolled), then inverted dropout: kept units are scaled up
      // so inference needs no rescaling; only positive kept units (`active`) pass gradients back.
      hiddenLayer(m, indices, values, a, e, hk);
      let na = 0;
      for (let q = 0; q < H; q++) {
        if (hk[q]! > 0 && random() < keep) {
          active[na] = q;
          ha[na] = hk[q]! / keep;
          na++;
        }
      }
      let max = -Infinity;
      for (let k = 0; k < K; k++) {
        let zk = b2[k]!;
        const base = k * H;
        for (let j = 0; j < na; j++) zk += w2[base + active[j]!]! * ha[j]!;
        z[k] = zk;
        if (zk > max) max = zk;
      }
      let sum = 0;
      for (let k = 0; k < K; k++) {
        z[k] = Math.exp(z[k]! - max);
        sum += z[k]!;
      }
      for (let j = 0; j < na; j++) dh[j] = 0;
      const yi = labels[i]!;
      for (let k = 0; k < K; k++) {
        // Cross-entropy gradient of the logit; classes with a negligible one are skipped.
        const g = z[k]! / sum - (k === yi ? 1 : 0);
        if (Math.abs(g) < 1e-6) continue;
        const base = k * H;
        const step = lr * g;
        for (let j = 0; j < na; j++) {
          const c = base + active[j]!;
          dh[j] = dh[j]! + g * w2[c]!;
          w2[c] = w2[c]! - step * ha[j]!;
        }
        b2[k] = b2[k]! - lr * g;
      }
      for (let j = 0; j < na; j++) {
        dh[j] = (dh[j]! / keep) * lr;
        b1[active[j]!] = b1[active[j]!]! - dh[j]!;
      }
      for (let p = a; p < e; p++) {
        const v = values[p]!;
        const base = indices[p]! * H;
        for (let j = 0; j < na; j++) {
          const c = base + active[j]!;
          w1[c] = w1[c]! - v * dh[j]!;
        }
      }
    }
  }
  return m;
}

/** Logits of every class for one row, written into `out` (length `classes`). */
export function scoreNetwork(m: NetworkWeights, row: SparseRow, out: Float64Array): Float64Array {
  const h = new Float64Array(m.hidden);
  hiddenLayer(m, row.indices, row.values, 0, row.indices.length, h);
  outputLayer(m, h, out);
  return out;
}

export function networkBytes(m: NetworkWeights): number {
  return m.w1.byteLength + m.b1.byteLength + m.w2.byteLength + m.b2.byteLength;
}
