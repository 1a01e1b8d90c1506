import { describe, expect, it } from 'vitest';
import { DEFAULT_NETWORK_CONFIG, scoreNetwork, trainHiddenLayerNetwork } from './hidden_layer_network.ts';
import { csrFromRows, type SparseRow } from './sparse_matrix.ts';

/** A row with the given active columns (value 1) and a constant column 2. */
function row(...cols: number[]): SparseRow {
  const indices = Int32Array.from([...cols, 2]);
  return { indices, values: new Float32Array(indices.length).fill(1) };
}

describe('trainHiddenLayerNetwork', () => {
  it('learns an exclusive-or of two features, which no linear model can', () => {
    // Class 1 when exactly one of columns 0 and 1 is present.
    const patterns: Array<[SparseRow, number]> = [
      [row(), 0],
      [row(0), 1],
      [row(1), 1],
      [row(0, 1), 0],
    ];
    const rows: SparseRow[] = [];
    const labels: number[] = [];
    for (let i = 0; i < 50; i++) {
      for (const [r, y] of patterns) {
        rows.push(r);
        labels.push(y);
      }
    }
    const model = trainHiddenLayerNetwork(csrFromRows(rows, 3), Int32Array.from(labels), 2, {
      ...DEFAULT_NETWORK_CONFIG,
      hidden: 16,
      epochs: 30,
      dropout: 0,
      learningRate: 0.2,
      initScale: 0.5,
    });
    for (const [r, y] of patterns) {
      const s = scoreNetwork(model, r, new Float64Array(2));
      expect(s[y]!).toBeGreaterThan(s[1 - y]!);
    }
  });

  it('rejects a hidden size that is not a multiple of 4', () => {
    const x = csrFromRows([row(0)], 3);
    expect(() =>
      trainHiddenLayerNetwork(x, Int32Array.from([0]), 2, { ...DEFAULT_NETWORK_CONFIG, hidden: 6 }),
    ).toThrow(/multiple of 4/);
  });
});
