/**
 * Turns an utterance into feature strings for the intent model. One extractor serves both locales, so
 * mixed Chinese/English text ("我的visa卡被吞了") gets features from both scripts:
 * - Han runs: jieba words plus character n-grams (1-3 by default);
 * - other runs: space-separated words plus word-boundary character n-grams (2-5 by default);
 * - word bigrams across the whole token sequence;
 * - a `<num>` placeholder next to every token holding a digit or written as a Chinese numeral (五百, 两千),
 *   and digits folded to `0` in character n-grams.
 * Features are returned in two groups (words, characters) that the vectoriser normalises separately.
 */
import { jieba } from '../knowledge/segmenter.ts';
import { normalizeText, splitScriptRuns } from './text_normalize.ts';

export interface FeatureConfig {
  /** Largest word n-gram (1 = unigrams only). */
  wordMaxN: number;
  latinCharMinN: number;
  latinCharMaxN: number;
  hanCharMinN: number;
  hanCharMaxN: number;
}

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = {
  wordMaxN: 2,
  latinCharMinN: 2,
  latinCharMaxN: 5,
  hanCharMinN: 1,
  hanCharMaxN: 3,
};

export const FEATURE_GROUPS = ['word', 'char'] as const;
export type FeatureGroup = (typeof FEATURE_GROUPS)[number];

export interface UtteranceFeatures {
  word: string[];
  char: string[];
}

/** The jieba segmenter shared with the knowledge base (one dictionary in memory). */
const segmenter = jieba;

const DIGIT = /\d/;
/** A run of two or more Chinese numeral characters: 五百(块), 一千二, 两万 (a lone 一 is usually not a number). */
const CHINESE_NUMBER = /[零〇一二两三四五六七八九十百千万亿]{2,}/;
const DIGITS = /\d/g;

/** Words of the normalised text, in order: jieba words for Han runs, space-separated tokens otherwise. */
export function tokenize(normalised: string): string[] {
  const tokens: string[] = [];
  for (const run of splitScriptRuns(normalised)) {
    if (run.kind === 'han') {
      for (const w of segmenter().cut(run.text, true)) if (w.trim().length > 0) tokens.push(w);
    } else {
      for (const w of run.text.split(' ')) if (w.length > 0) tokens.push(w);
    }
  }
  return tokens;
}

function pushCharNgrams(out: string[], s: string, minN: number, maxN: number, prefix: string): void {
  const chars = Array.from(s);
  for (let n = minN; n <= maxN; n++) {
    for (let i = 0; i + n <= chars.length; i++) out.push(prefix + chars.slice(i, i + n).join(''));
  }
}

export function extractFeatures(
  text: string,
  config: FeatureConfig = DEFAULT_FEATURE_CONFIG,
): UtteranceFeatures {
  const normalised = normalizeText(text);
  const tokens = tokenize(normalised);
  const word: string[] = [];
  const char: string[] = [];
  for (const t of tokens) {
    word.push(t);
    if (DIGIT.test(t) || CHINESE_NUMBER.test(t)) word.push('<num>');
  }
  for (let n = 2; n <= config.wordMaxN; n++) {
    for (let i = 0; i + n <= tokens.length; i++) word.push(tokens.slice(i, i + n).join(' '));
  }
  for (const run of splitScriptRuns(normalised)) {
    const folded = run.text.replace(DIGITS, '0');
    if (run.kind === 'han') {
      pushCharNgrams(char, folded, config.hanCharMinN, config.hanCharMaxN, 'h:');
    } else {
      for (const w of folded.split(' ')) {
        if (w.length > 0) pushCharNgrams(char, ` ${w} `, config.latinCharMinN, config.latinCharMaxN, 'c:');
      }
    }
  }
  return { word, char };
}
