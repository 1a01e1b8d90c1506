/**
 * One-vs-rest linear SVM trained by dual coordinate descent with shrinking (Hsieh et al. 2008, the
 * LIBLINEAR solver behind scikit-learn's LinearSVC). L2-regularised squared hinge loss by default; the bias
 * is an extra constant feature (`biasScale`) and is regularised like the other weights, as in LIBLINEAR.
 */
import { emptyWeights, type LinearWeights } from './linear_weights.ts';
import { seededRandom, shuffleInPlace } from './random.ts';
import type { CsrMatrix } from './sparse_matrix.ts';

export interface SvmConfig {
  C: number;
  loss: 'squared_hinge' | 'hinge';
  /** Stopping tolerance on the projected gradient spread. */
  eps: number;
  maxIter: number;
  biasScale: number;
  /** Scale C per class by n / (classes * n_class) for the positive side, as class_weight='balanced'. */
  balanced: boolean;
  seed: number;
}

export const DEFAULT_SVM_CONFIG: SvmConfig = {
  C: 1,
  loss: 'squared_hinge',
  eps: 0.1,
  maxIter: 1000,
  biasScale: 1,
  balanced: false,
  seed: 1,
};

export function trainLinearSvm(
  x: CsrMatrix,
  labels: Int32Array,
  classes: number,
  config: SvmConfig = DEFAULT_SVM_CONFIG,
): LinearWeights {
  const n = x.rows;
  const D = x.cols;
  const out = emptyWeights(D, classes);
  const sqNorm = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = config.biasScale * config.biasScale;
    for (let p = x.indptr[i] ?? 0; p < (x.indptr[i + 1] ?? 0); p++) s += (x.values[p] ?? 0) ** 2;
    sqNorm[i] = s;
  }
  const perClass = new Int32Array(classes);
  for (let i = 0; i < n; i++) perClass[labels[i] ?? 0]! += 1;
  const random = seededRandom(config.seed);
  const w = new Float64Array(D);
  for (let c = 0; c < classes; c++) {
    w.fill(0);
    const cPos = config.balanced ? (config.C * n) / (classes * Math.max(1, perClass[c] ?? 1)) : config.C;
    const b = solveBinary(x, labels, c, sqNorm, w, cPos, config.C, config, random);
    for (let j = 0; j < D; j++) out.w[j * classes + c] = w[j] ?? 0;
    out.bias[c] = b * config.biasScale;
  }
  return out;
}

/** Solves one class against the rest in place into `w`; returns the bias weight. */
function solveBinary(
  x: CsrMatrix,
  labels: Int32Array,
  positive: number,
  sqNorm: Float64Array,
  w: Float64Array,
  cPos: number,
  cNeg: number,
  config: SvmConfig,
  random: () => number,
): number {
  const n = x.rows;
  const { indptr, indices, values } = x;
  const l2 = config.loss === 'squared_hinge';
  const y = new Int8Array(n);
  const diag = new Float64Array(n);
  const upper = new Float64Array(n);
  const qd = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const pos = labels[i] === positive;
    y[i] = pos ? 1 : -1;
    const Ci = pos ? cPos : cNeg;
    diag[i] = l2 ? 0.5 / Ci : 0;
    upper[i] = l2 ? Infinity : Ci;
    qd[i] = (sqNorm[i] ?? 0) + (diag[i] ?? 0);
  }
  const alpha = new Float64Array(n);
  const index = new Int32Array(n);
  for (let i = 0; i < n; i++) index[i] = i;
  const B = config.biasScale;
  let bias = 0;
  let active = n;
  let pgMaxOld = Infinity;
  let pgMinOld = -Infinity;
  for (let iter = 0; iter < config.maxIter; iter++) {
    let pgMaxNew = -Infinity;
    let pgMinNew = Infinity;
    shuffleInPlace(index, random, active);
    for (let s = 0; s < active; s++) {
      const i = index[s]!;
      const yi = y[i]!;
      const a = indptr[i]!;
      const e = indptr[i + 1]!;
      let dot = bias * B;
      for (let p = a; p < e; p++) dot += w[indices[p]!]! * values[p]!;
      const ai = alpha[i]!;
      const G = yi * dot - 1 + ai * diag[i]!;
      let PG = 0;
      if (ai === 0) {
        if (G > pgMaxOld) {
          active--;
          index[s] = index[active]!;
          index[active] = i;
          s--;
          continue;
        }
        if (G < 0) PG = G;
      } else if (ai === upper[i]) {
        if (G < pgMinOld) {
          active--;
          index[s] = index[active]!;
          index[active] = i;
          s--;
          continue;
        }
        if (G > 0) PG = G;
      } else PG = G;
      if (PG > pgMaxNew) pgMaxNew = PG;
      if (PG < pgMinNew) pgMinNew = PG;
      if (Math.abs(PG) > 1e-12) {
        const next = Math.min(Math.max(ai - G / qd[i]!, 0), upper[i]!);
        alpha[i] = next;
        const d = (next - ai) * yi;
        for (let p = a; p < e; p++) w[indices[p]!]! += d * values[p]!;
        bias += d * B;
      }
    }
    if (pgMaxNew - pgMinNew <= config.eps) {
      if (active === n) break;
      active = n;
      pgMaxOld = Infinity;
      pgMinOld = -Infinity;
      continue;
    }
    pgMaxOld = pgMaxNew <= 0 ? Infinity : pgMaxNew;
    pgMinOld = pgMinNew >= 0 ? -Infinity : pgMinNew;
  }
  return bias;
}
