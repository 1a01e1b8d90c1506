/**
 * TF-IDF cosine similarity over character n-grams (sublinear tf, smoothed idf, L2-normalised vectors).
 * It complements BM25 on word terms: it matches inflections, typos and words segmented differently, and a
 * cosine is already a score in [0, 1].
 */
import type { Bag } from './analyzer.ts';

interface Entry {
  doc: number;
  w: number;
}

export class NgramTfidf {
  private readonly idf = new Map<string, number>();
  private readonly postings = new Map<string, Entry[]>();
  readonly size: number;

  constructor(docs: readonly Bag[]) {
    this.size = docs.length;
    const df = new Map<string, number>();
    for (const bag of docs) for (const g of bag.keys()) df.set(g, (df.get(g) ?? 0) + 1);
    for (const [g, n] of df) this.idf.set(g, Math.log((1 + docs.length) / (1 + n)) + 1);
    docs.forEach((bag, doc) => {
      const vector = this.vector(bag);
      for (const [g, w] of vector) {
        let list = this.postings.get(g);
        if (!list) {
          list = [];
          this.postings.set(g, list);
        }
        list.push({ doc, w });
      }
    });
  }

  /** L2-normalised TF-IDF vector; unseen grams get the IDF of a gram in no document. */
  private vector(bag: Bag): Map<string, number> {
    const unseen = Math.log(1 + this.size) + 1;
    const v = new Map<string, number>();
    let norm = 0;
    for (const [g, tf] of bag) {
      const w = (1 + Math.log(tf)) * (this.idf.get(g) ?? unseen);
      v.set(g, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [g, w] of v) v.set(g, w / norm);
    return v;
  }

  /** Cosine of the query with every document, each in [0, 1]. */
  score(query: Bag): Float64Array {
    const scores = new Float64Array(this.size);
    for (const [g, qw] of this.vector(query)) {
      const list = this.postings.get(g);
      if (!list) continue;
      for (const { doc, w } of list) scores[doc] = (scores[doc] ?? 0) + qw * w;
    }
    for (let i = 0; i < scores.length; i++) scores[i] = Math.min(1, scores[i] ?? 0);
    return scores;
  }
}
