/**
 * Word error rate: (substitutions + deletions + insertions) / reference words, by Levenshtein alignment
 * over normalised tokens. English tokens are words (lower-cased, punctuation dropped, apostrophes kept);
 * Chinese text is scored per character (the usual CER), since it has no spaces between words.
 */

export interface ErrorRate {
  /** errors / reference tokens (0 when both are empty; 1 per token when the reference is empty). */
  rate: number;
  errors: number;
  substitutions: number;
  deletions: number;
  insertions: number;
  referenceTokens: number;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;

/** Normalised tokens: CJK characters one by one, other runs of letters/digits as lower-case words. */
export function scoringTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const m of text
    .normalize('NFKC')
    .toLowerCase()
    .matchAll(/[\u3400-\u9fff\uf900-\ufaff]|[\p{L}\p{N}']+/gu)) {
    const t = m[0].replace(/^'+|'+$/g, '');
    if (t === '') continue;
    tokens.push(t);
  }
  return tokens;
}

export function errorRate(reference: string, hypothesis: string): ErrorRate {
  const ref = scoringTokens(reference);
  const hyp = scoringTokens(hypothesis);
  // dp[j] = [cost, subs, dels, ins] aligning ref[0..i) with hyp[0..j)
  type Cell = [number, number, number, number];
  let prev: Cell[] = hyp.map((_, j): Cell => [j + 1, 0, 0, j + 1]);
  prev.unshift([0, 0, 0, 0]);
  for (let i = 1; i <= ref.length; i++) {
    const row: Cell[] = [[i, 0, i, 0]];
    for (let j = 1; j <= hyp.length; j++) {
      const diag = prev[j - 1]!;
      const up = prev[j]!;
      const left = row[j - 1]!;
      const same = ref[i - 1] === hyp[j - 1];
      const options: Cell[] = [
        [diag[0] + (same ? 0 : 1), diag[1] + (same ? 0 : 1), diag[2], diag[3]],
        [up[0] + 1, up[1], up[2] + 1, up[3]],
        [left[0] + 1, left[1], left[2], left[3] + 1],
      ];
      row.push(options.reduce((best, c) => (c[0] < best[0] ? c : best)));
    }
    prev = row;
  }
  const [errors, substitutions, deletions, insertions] = prev[hyp.length]!;
  const rate = ref.length === 0 ? (hyp.length === 0 ? 0 : 1) : errors / ref.length;
  return { rate, errors, substitutions, deletions, insertions, referenceTokens: ref.length };
}

/** True when the text is mostly Chinese characters (scored per character). */
export function isCjkText(text: string): boolean {
  return CJK.test(text);
}
