/**
 * Vocabulary TF-IDF over the feature groups of `intent_features.ts`: sublinear tf (1 + ln tf), smoothed idf
 * (ln((1+n)/(1+df)) + 1), each group L2-normalised on its own and scaled by its weight, like a union of a
 * word and a character vectoriser. Features seen in fewer than `minDf` training texts are dropped.
 */
import { FEATURE_GROUPS, type FeatureGroup, type UtteranceFeatures } from './intent_features.ts';
import { csrFromRows, type CsrMatrix, type SparseRow } from './sparse_matrix.ts';

export interface VectorizerConfig {
  minDf: number;
  sublinearTf: boolean;
  /** Weight of each group after its L2 normalisation. */
  groupWeights: Record<FeatureGroup, number>;
}

export const DEFAULT_VECTORIZER_CONFIG: VectorizerConfig = {
  minDf: 1,
  sublinearTf: true,
  groupWeights: { word: 1, char: 1 },
};

export interface VectorizerState {
  config: VectorizerConfig;
  /** Feature strings; the index of a feature is its column. */
  vocabulary: string[];
  idf: Float32Array;
  /** Index into FEATURE_GROUPS per column. */
  groups: Uint8Array;
}

export class TfidfVectorizer {
  private readonly index: Map<string, number>;

  constructor(readonly state: VectorizerState) {
    this.index = new Map(state.vocabulary.map((f, i) => [f, i]));
  }

  static fit(docs: readonly UtteranceFeatures[], config: VectorizerConfig = DEFAULT_VECTORIZER_CONFIG) {
    const df = new Map<string, { count: number; group: number }>();
    for (const doc of docs) {
      FEATURE_GROUPS.forEach((g, gi) => {
        for (const f of new Set(doc[g])) {
          const e = df.get(f);
          if (e) e.count++;
          else df.set(f, { count: 1, group: gi });
        }
      });
    }
    const kept = [...df.entries()]
      .filter(([, e]) => e.count >= config.minDf)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    const n = docs.length;
    const idf = new Float32Array(kept.length);
    const groups = new Uint8Array(kept.length);
    kept.forEach(([, e], i) => {
      idf[i] = Math.log((1 + n) / (1 + e.count)) + 1;
      groups[i] = e.group;
    });
    return new TfidfVectorizer({ config, vocabulary: kept.map(([f]) => f), idf, groups });
  }

  get size(): number {
    return this.state.vocabulary.length;
  }

  /** Columns sorted ascending; values TF-IDF weighted and normalised per group. */
  transform(doc: UtteranceFeatures): SparseRow {
    const { idf, config } = this.state;
    const counts = new Map<number, number>();
    for (const g of FEATURE_GROUPS) {
      for (const f of doc[g]) {
        const col = this.index.get(f);
        if (col !== undefined) counts.set(col, (counts.get(col) ?? 0) + 1);
      }
    }
    const indices = Int32Array.from(counts.keys()).sort();
    const values = new Float32Array(indices.length);
    const sq = new Float64Array(FEATURE_GROUPS.length);
    for (let k = 0; k < indices.length; k++) {
      const col = indices[k] ?? 0;
      const tf = counts.get(col) ?? 0;
      const v = (config.sublinearTf ? 1 + Math.log(tf) : tf) * (idf[col] ?? 0);
      values[k] = v;
      const g = this.state.groups[col] ?? 0;
      sq[g] = (sq[g] ?? 0) + v * v;
    }
    const scale = FEATURE_GROUPS.map((g, gi) => {
      const norm = Math.sqrt(sq[gi] ?? 0);
      return norm > 0 ? config.groupWeights[g] / norm : 0;
    });
    for (let k = 0; k < indices.length; k++) {
      values[k] = (values[k] ?? 0) * (scale[this.state.groups[indices[k] ?? 0] ?? 0] ?? 0);
    }
    return { indices, values };
  }

  transformAll(docs: readonly UtteranceFeatures[]): CsrMatrix {
    return csrFromRows(
      docs.map((d) => this.transform(d)),
      this.size,
    );
  }

  /** Approximate bytes: typed arrays plus the strings and map entries of the vocabulary. */
  bytes(): number {
    let strings = 0;
    for (const f of this.state.vocabulary) strings += 2 * f.length + 32;
    return this.state.idf.byteLength + this.state.groups.byteLength + strings * 2;
  }
}
