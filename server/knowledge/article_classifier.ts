/**
 * A classifier over the articles of one locale: softmax regression on the analyser's terms and grams
 * (sublinear TF-IDF, L2-normalised), trained on each article's title and paraphrase questions, one class
 * per article. Retrieval scores each article by how much of the query it shares; the classifier learns
 * which words tell two close articles apart ("rate" for deposit rates against early withdrawal of a
 * fixed deposit, "book" for an appointment against a large cash withdrawal), which is where retrieval's
 * near-ties go wrong. `faq_retriever.ts` blends its probabilities into the article scores.
 *
 * Training takes a few tens of milliseconds for the sandbox content, so it is rebuilt with the index.
 */
import type { Article } from './article_schema.ts';
import type { Analysis, Analyzer } from './analyzer.ts';
import { scoreRow, type LinearWeights } from '../nlu/linear_weights.ts';
import { trainSoftmaxRegression } from '../nlu/softmax_regression.ts';
import { csrFromRows, type SparseRow } from '../nlu/sparse_matrix.ts';

/** L2 strength and epochs: the softmax is kept soft enough to blend (see the retriever's weight). */
const TRAINING = { lambda: 1e-4, epochs: 30, lr0: 0.5, seed: 3 } as const;

function features(a: Analysis): Map<string, number> {
  const out = new Map<string, number>();
  for (const [t, n] of a.terms) out.set(`t:${t}`, 1 + Math.log(n));
  for (const [g, n] of a.grams) out.set(`g:${g}`, 1 + Math.log(n));
  return out;
}

export class ArticleClassifier {
  private readonly column = new Map<string, number>();
  private readonly idf: number[] = [];
  private readonly weights: LinearWeights | null;

  constructor(articles: readonly Article[], analyzer: Analyzer) {
    const docs: Array<{ f: Map<string, number>; label: number }> = [];
    articles.forEach((article, label) => {
      for (const text of [article.title, ...article.questions])
        docs.push({ f: features(analyzer.analyze(text)), label });
    });
    const df = new Map<string, number>();
    for (const d of docs) for (const k of d.f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
    for (const [k, n] of df) {
      this.column.set(k, this.idf.length);
      this.idf.push(Math.log((1 + docs.length) / (1 + n)) + 1);
    }
    this.weights =
      articles.length < 2
        ? null
        : trainSoftmaxRegression(
            csrFromRows(
              docs.map((d) => this.row(d.f)),
              this.column.size,
            ),
            Int32Array.from(docs.map((d) => d.label)),
            articles.length,
            TRAINING,
          );
  }

  private row(f: Map<string, number>): SparseRow {
    const indices: number[] = [];
    const values: number[] = [];
    let norm = 0;
    for (const [k, v] of f) {
      const j = this.column.get(k);
      if (j === undefined) continue;
      const x = v * (this.idf[j] ?? 0);
      indices.push(j);
      values.push(x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    return { indices: Int32Array.from(indices), values: Float32Array.from(values, (v) => v / norm) };
  }

  /**
   * P(article | query) for every article in the order given to the constructor; all zero when the query
   * shares no feature with any article (nothing to tell them apart by) or there are fewer than two.
   */
  probabilities(query: Analysis, articles: number): Float64Array {
    const out = new Float64Array(articles);
    if (!this.weights) return out;
    const row = this.row(features(query));
    if (row.indices.length === 0) return out;
    scoreRow(this.weights, row, out);
    let max = -Infinity;
    for (const v of out) max = Math.max(max, v);
    let sum = 0;
    for (let k = 0; k < out.length; k++) {
      const e = Math.exp((out[k] ?? 0) - max);
      out[k] = e;
      sum += e;
    }
    for (let k = 0; k < out.length; k++) out[k] = (out[k] ?? 0) / sum;
    return out;
  }
}
