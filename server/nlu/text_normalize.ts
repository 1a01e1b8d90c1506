/**
 * Text normalisation shared by every intent feature: full-width to half-width, case folding, punctuation
 * to spaces (apostrophes dropped so "don't" and "dont" agree), currency symbols kept as tokens.
 */

/** Punctuation and symbols other than currency (Chinese punctuation NFKC leaves alone included). */
const PUNCTUATION = /[\p{P}\p{Sm}\p{Sk}\p{So}]+/gu;
const APOSTROPHES = /['’‘`´]/g;
const CURRENCY = /(\p{Sc})/gu;
const SPACES = /\s+/gu;

/** NFKC folds full-width letters, digits and the ideographic space ("ＡＢＣ１２３") to their ASCII forms. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(CURRENCY, ' $1 ')
    .replace(PUNCTUATION, ' ')
    .replace(SPACES, ' ')
    .trim();
}

/**
 * Only the words: NFKC, lower case, apostrophes dropped ("i'm" -> "im"), every run of anything but letters and
 * digits (currency and punctuation included) one space. For rules that read which words a message holds.
 */
export function lettersAndDigits(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A Han (CJK ideograph) character. */
export const HAN = /\p{Script=Han}/u;

export interface ScriptRun {
  text: string;
  /** `han` runs are segmented with jieba; `other` runs are split on spaces. */
  kind: 'han' | 'other';
}

/** Splits normalised text into runs of Han characters and runs of everything else (Latin, digits). */
export function splitScriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let current = '';
  let kind: ScriptRun['kind'] = 'other';
  for (const ch of text) {
    const k: ScriptRun['kind'] = HAN.test(ch) ? 'han' : 'other';
    if (k !== kind && current.length > 0) {
      runs.push({ text: current, kind });
      current = '';
    }
    kind = k;
    current += ch;
  }
  if (current.length > 0) runs.push({ text: current, kind });
  return runs;
}
