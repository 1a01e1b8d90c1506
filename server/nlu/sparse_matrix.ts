/**
 * Compressed sparse rows: the training matrix of the linear models. Row i holds the columns
 * `indices[indptr[i] .. indptr[i+1])` with `values` at the same positions.
 */
export interface SparseRow {
  indices: Int32Array;
  values: Float32Array;
}

export interface CsrMatrix {
  rows: number;
  cols: number;
  indptr: Int32Array;
  indices: Int32Array;
  values: Float32Array;
}

export function csrFromRows(rowsIn: readonly SparseRow[], cols: number): CsrMatrix {
  let nnz = 0;
  for (const r of rowsIn) nnz += r.indices.length;
  const indptr = new Int32Array(rowsIn.length + 1);
  const indices = new Int32Array(nnz);
  const values = new Float32Array(nnz);
  let p = 0;
  rowsIn.forEach((r, i) => {
    indices.set(r.indices, p);
    values.set(r.values, p);
    p += r.indices.length;
    indptr[i + 1] = p;
  });
  return { rows: rowsIn.length, cols, indptr, indices, values };
}
