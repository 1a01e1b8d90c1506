/**
 * A classifier over the articles of one locale: softmax regression on the analyser's terms and grams
 * (sublinear TF-IDF, L2-normalised), trained on each article's title and paraphrase questions (and the
 * customers' questions labelled with it, when given), one class per article. Retrieval scores each
 * article by how much of the query it shares; the classifier learns which words tell two close articles
 * apart ("rate" for deposit rates against early withdrawal of a fixed deposit, "book" for an appointment
 * against a large cash withdrawal), which is where retrieval's near-ties go wrong. `faq_retriever.ts` blends its probabilities into the article scores.
 *
 * With the customers' questions training takes a few seconds, so a knowledge base given a cache folder keeps
 * the trained classifier there (`article_classifier_cache.ts`, via `toJSON` / `fromJSON`).
 */
import { z } from 'zod';
import type { Article } from './article_schema.ts';
import type { Analysis, Analyzer } from './analyzer.ts';
import { scoreRow, type LinearWeights } from '../nlu/linear_weights.ts';
import { trainSoftmaxRegression } from '../nlu/softmax_regression.ts';
import { csrFromRows, type SparseRow } from '../nlu/sparse_matrix.ts';
import { decodeFloat32, encodeTyped } from '../nlu/typed_array_codec.ts';

/** L2 strength and epochs: the softmax is kept soft enough to blend (see the retriever's weight). */
export const ARTICLE_CLASSIFIER_TRAINING = { lambda: 1e-4, epochs: 30, lr0: 0.5, seed: 3 } as const;

/** One training text: its features (in the order the analyser gave them) and its article's index. */
export interface TrainingDoc {
  f: Map<string, number>;
  label: number;
}

function features(a: Analysis): Map<string, number> {
  const out = new Map<string, number>();
  for (const [t, n] of a.terms) out.set(`t:${t}`, 1 + Math.log(n));
  for (const [g, n] of a.grams) out.set(`g:${g}`, 1 + Math.log(n));
  return out;
}

/**
 * The training texts of the classifier: each article's title and questions, then `extra[i]` (customers'
 * labelled questions of article i), analysed. Everything the trained weights depend on besides the
 * training settings and the number of articles.
 */
export function trainingDocs(
  articles: readonly Article[],
  analyzer: Analyzer,
  extra: ReadonlyArray<readonly string[]> = [],
): TrainingDoc[] {
  return trainingDocsOf(
    articles.map((article, label) =>
      [article.title, ...article.questions, ...(extra[label] ?? [])].map((text) => analyzer.analyze(text)),
    ),
  );
}

/** The same from texts already analysed: `analysed[i]`, article i's texts in that order. */
export function trainingDocsOf(analysed: ReadonlyArray<readonly Analysis[]>): TrainingDoc[] {
  return analysed.flatMap((texts, label) => texts.map((a) => ({ f: features(a), label })));
}

const ArticleClassifierJson = z.object({
  classes: z.number().int().nonnegative(),
  columns: z.array(z.string()),
  idf: z.array(z.number()),
  weights: z.object({ w: z.string(), bias: z.string() }).nullable(),
});
export type ArticleClassifierJson = z.infer<typeof ArticleClassifierJson>;

interface ArticleClassifierState {
  classes: number;
  /** Feature names in column order. */
  columns: readonly string[];
  idf: readonly number[];
  weights: LinearWeights | null;
}

function train(docs: readonly TrainingDoc[], classes: number): ArticleClassifierState {
  const columns: string[] = [];
  const idf: number[] = [];
  const df = new Map<string, number>();
  for (const d of docs) for (const k of d.f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const column = new Map<string, number>();
  for (const [k, n] of df) {
    column.set(k, idf.length);
    columns.push(k);
    idf.push(Math.log((1 + docs.length) / (1 + n)) + 1);
  }
  const weights =
    classes < 2
      ? null
      : trainSoftmaxRegression(
          csrFromRows(
            docs.map((d) => rowOf(d.f, column, idf)),
            column.size,
          ),
          Int32Array.from(docs.map((d) => d.label)),
          classes,
          ARTICLE_CLASSIFIER_TRAINING,
        );
  return { classes, columns, idf, weights };
}

function rowOf(f: Map<string, number>, column: Map<string, number>, idf: readonly number[]): SparseRow {
  const indices: number[] = [];
  const values: number[] = [];
  let norm = 0;
  for (const [k, v] of f) {
    const j = column.get(k);
    if (j === undefined) continue;
    const x = v * (idf[j] ?? 0);
    indices.push(j);
    values.push(x);
    norm += x * x;
  }
  norm = Math.sqrt(norm) || 1;
  return { indices: Int32Array.from(indices), values: Float32Array.from(values, (v) => v / norm) };
}

export class ArticleClassifier {
  private readonly state: ArticleClassifierState;
  private readonly column = new Map<string, number>();

  /** Trained on the articles' texts; `extra[i]`: more training questions of article i (customers'), if any. */
  constructor(articles: readonly Article[], analyzer: Analyzer, extra?: ReadonlyArray<readonly string[]>);
  /** A trained state (`ArticleClassifier.train`, `fromJSON`). */
  constructor(state: ArticleClassifierState);
  constructor(
    source: readonly Article[] | ArticleClassifierState,
    analyzer?: Analyzer,
    extra: ReadonlyArray<readonly string[]> = [],
  ) {
    this.state =
      'columns' in source ? source : train(trainingDocs(source, analyzer as Analyzer, extra), source.length);
    this.state.columns.forEach((k, j) => this.column.set(k, j));
  }

  /** Trained on given training texts (`trainingDocs`) over `classes` articles. */
  static train(docs: readonly TrainingDoc[], classes: number): ArticleClassifier {
    return new ArticleClassifier(train(docs, classes));
  }

  /** Number of articles it tells apart. */
  get classes(): number {
    return this.state.classes;
  }

  toJSON(): ArticleClassifierJson {
    const { classes, columns, idf, weights } = this.state;
    return {
      classes,
      columns: [...columns],
      // Plain JSON numbers: a double round-trips exactly, so the scores come back identical.
      idf: [...idf],
      weights: weights ? { w: encodeTyped(weights.w), bias: encodeTyped(weights.bias) } : null,
    };
  }

  /** Throws when `raw` is not a classifier written by `toJSON` or its arrays do not match their shape. */
  static fromJSON(raw: unknown): ArticleClassifier {
    const json = ArticleClassifierJson.parse(raw);
    const features = json.columns.length;
    if (json.idf.length !== features || new Set(json.columns).size !== features)
      throw new Error('article classifier columns do not match their idf');
    let weights: LinearWeights | null = null;
    if (json.weights) {
      weights = {
        classes: json.classes,
        features,
        w: decodeFloat32(json.weights.w),
        bias: decodeFloat32(json.weights.bias),
      };
      if (weights.w.length !== features * json.classes || weights.bias.length !== json.classes)
        throw new Error('article classifier weights do not match their shape');
    } else if (json.classes >= 2) {
      throw new Error('article classifier has no weights');
    }
    return new ArticleClassifier({ classes: json.classes, columns: json.columns, idf: json.idf, weights });
  }

  private row(f: Map<string, number>): SparseRow {
    return rowOf(f, this.column, this.state.idf);
  }

  /**
   * P(article | query) for every article in the order given to the constructor; all zero when the query
   * shares no feature with any article (nothing to tell them apart by) or there are fewer than two.
   */
  probabilities(query: Analysis, articles: number): Float64Array {
    const out = new Float64Array(articles);
    const weights = this.state.weights;
    if (!weights) return out;
    const row = this.row(features(query));
    if (row.indices.length === 0) return out;
    scoreRow(weights, row, out);
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
