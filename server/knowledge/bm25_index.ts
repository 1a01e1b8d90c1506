/**
 * Okapi BM25 over bags of terms, with scores normalised to [0, 1].
 *
 * Normalisation: a document's raw score is divided by the score the query would get against a document
 * identical to itself (same terms, the query's own length), then capped at 1. So 1 means "matches the
 * query's weighted terms as well as the query matches itself", and 0.5 roughly "half of the query's IDF
 * mass is matched". Query terms the index has never seen count with the IDF of an unseen term, so a
 * query that is mostly out of domain scores low even against its best document.
 */
import type { Bag } from './analyzer.ts';

export interface Bm25Options {
  k1: number;
  b: number;
}

export const DEFAULT_BM25: Bm25Options = { k1: 1.2, b: 0.75 };

interface Posting {
  doc: number;
  tf: number;
}

export class Bm25Index {
  private readonly postings = new Map<string, Posting[]>();
  private readonly lengths: Float64Array;
  private readonly avgLength: number;
  readonly size: number;

  constructor(
    docs: readonly Bag[],
    private readonly options: Bm25Options = DEFAULT_BM25,
  ) {
    this.size = docs.length;
    this.lengths = new Float64Array(docs.length);
    let total = 0;
    docs.forEach((bag, doc) => {
      let length = 0;
      for (const [term, tf] of bag) {
        length += tf;
        let list = this.postings.get(term);
        if (!list) {
          list = [];
          this.postings.set(term, list);
        }
        list.push({ doc, tf });
      }
      this.lengths[doc] = length;
      total += length;
    });
    this.avgLength = docs.length > 0 ? Math.max(1, total / docs.length) : 1;
  }

  idf(term: string): number {
    const df = this.postings.get(term)?.length ?? 0;
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  private saturate(tf: number, length: number): number {
    const { k1, b } = this.options;
    return (tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / this.avgLength));
  }

  /**
   * Normalised scores of every document for a query. `weight(term)` scales a term's contribution (term
   * kinds can count for less, e.g. bigrams); the query's own counts are its term frequencies.
   */
  score(query: Bag, weight: (term: string) => number = () => 1): Float64Array {
    const scores = new Float64Array(this.size);
    if (this.size === 0) return scores;
    let queryLength = 0;
    for (const n of query.values()) queryLength += n;
    let self = 0;
    for (const [term, qtf] of query) {
      const w = weight(term);
      if (w <= 0) continue;
      const idf = this.idf(term);
      self += w * idf * this.saturate(qtf, queryLength);
      const list = this.postings.get(term);
      if (!list) continue;
      for (const { doc, tf } of list) {
        scores[doc] = (scores[doc] ?? 0) + w * idf * this.saturate(tf, this.lengths[doc] ?? 0);
      }
    }
    if (self > 0) for (let i = 0; i < scores.length; i++) scores[i] = Math.min(1, (scores[i] ?? 0) / self);
    return scores;
  }
}
