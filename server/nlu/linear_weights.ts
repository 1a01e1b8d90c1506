/**
 * The weights of a linear multi-class model, stored feature-major (`w[col * classes + k]`) so scoring one
 * sparse row touches one contiguous block per feature.
 */
import type { SparseRow } from './sparse_matrix.ts';

export interface LinearWeights {
  classes: number;
  features: number;
  /** features x classes, feature-major. */
  w: Float32Array;
  bias: Float32Array;
}

export function emptyWeights(features: number, classes: number): LinearWeights {
  return { classes, features, w: new Float32Array(features * classes), bias: new Float32Array(classes) };
}

/** Scores of every class for one row, written into `out` (length `classes`). */
export function scoreRow(m: LinearWeights, row: SparseRow, out: Float64Array): Float64Array {
  const K = m.classes;
  for (let k = 0; k < K; k++) out[k] = m.bias[k] ?? 0;
  const { indices, values } = row;
  for (let p = 0; p < indices.length; p++) {
    const v = values[p] ?? 0;
    const base = (indices[p] ?? 0) * K;
    for (let k = 0; k < K; k++) out[k] = (out[k] ?? 0) + v * (m.w[base + k] ?? 0);
  }
  return out;
}

export function weightsBytes(m: LinearWeights): number {
  return m.w.byteLength + m.bias.byteLength;
}
