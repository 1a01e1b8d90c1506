import { describe, expect, it } from 'vitest';
import { scoreRow } from './linear_weights.ts';
import { trainNaiveBayes } from './naive_bayes.ts';
import { csrFromRows, type SparseRow } from './sparse_matrix.ts';

function row(...cols: number[]): SparseRow {
  return { indices: Int32Array.from(cols), values: new Float32Array(cols.length).fill(1) };
}

describe('trainNaiveBayes', () => {
  it('scores a row highest for the class whose examples share its features', () => {
    // Class 0 uses columns 0 and 1, class 1 columns 2 and 3; column 4 appears in both.
    const rows = [row(0, 4), row(1, 4), row(0, 1), row(2, 4), row(3, 4), row(2, 3)];
    const model = trainNaiveBayes(csrFromRows(rows, 5), Int32Array.from([0, 0, 0, 1, 1, 1]), 2, {
      alpha: 0.01,
    });
    const a = scoreRow(model, row(0, 4), new Float64Array(2));
    const b = scoreRow(model, row(3), new Float64Array(2));
    expect(a[0]!).toBeGreaterThan(a[1]!);
    expect(b[1]!).toBeGreaterThan(b[0]!);
    // A feature seen in neither class's examples adds the same evidence to both.
    const unseen = trainNaiveBayes(csrFromRows([row(0), row(1)], 3), Int32Array.from([0, 1]), 2, {
      alpha: 1,
    });
    expect(unseen.w[2 * 2]).toBeCloseTo(unseen.w[2 * 2 + 1]!, 6);
  });
});
