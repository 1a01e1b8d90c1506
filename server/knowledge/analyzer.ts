/**
 * Turns text into retrieval terms for one locale.
 *
 * Terms (a bag with counts), kinds told apart by prefix:
 * - Mandarin: jieba words in search mode (信用卡 → 信用, 信用卡) and `b:` character bigrams of the content
 *   (stop words removed), so a word jieba splits differently in query and article still matches;
 * - English: lowercased, contractions expanded (can't → can not), chat shorthand spelt out (cc → credit
 *   card, `ENGLISH_SHORTHAND`), stop words dropped, stemmed; plus `p:`
 *   pairs of adjacent content words (annual fee);
 * - both: `c:` concepts from the bank synonym map (`synonyms.ts`).
 *
 * Grams (for the character n-gram cosine): Mandarin character unigrams and bigrams of the content;
 * English character trigrams of each content word, which tolerate typos and unusual inflections.
 */
import type { Locale } from '../protocol/protocol.ts';
import { HAN } from '../nlu/text_normalize.ts';
import { withBankingWordsMeant } from './banking_word_slips.ts';
import { withBankThingsNamed } from './everyday_names_for_bank_things.ts';
import { stem } from './english_stemmer.ts';
import { inStandardMandarin } from './regional_mandarin.ts';
import { jieba } from './segmenter.ts';
import { spokenAmountsAsDigits } from './spoken_numbers.ts';
import { CHINESE_STOP_WORDS, ENGLISH_STOP_WORDS } from './stop_words.ts';
import {
  ENGLISH_SHORTHAND,
  MANDARIN_LATIN_SHORTHAND,
  NEGATABLE_CONCEPTS,
  NEGATED_CLAUSE,
  PATTERN_CONCEPTS,
  SYNONYMS,
  type SynonymGroups,
} from './synonyms.ts';

export type Bag = Map<string, number>;

export interface Analysis {
  terms: Bag;
  grams: Bag;
}

function add(bag: Bag, term: string, n = 1): void {
  bag.set(term, (bag.get(term) ?? 0) + n);
}

/**
 * Latin shorthand inside Mandarin spelt out (`MANDARIN_LATIN_SHORTHAND`): pinyin initials as their words, and
 * a figure's w or k as 万 or 千 (30w → 30万, 5k → 5千). Text without Han characters is left alone.
 */
function mandarinShorthandSpelledOut(norm: string): string {
  if (!/\p{Script=Han}/u.test(norm)) return norm;
  return norm
    .replace(/(?<=\d)w(?![a-z])/g, '万')
    .replace(/(?<=\d)k(?![a-z])/g, '千')
    .replace(/(?<![a-z])[a-z]+(?![a-z])/g, (w) => MANDARIN_LATIN_SHORTHAND[w] ?? w);
}

/**
 * NFKC (full-width to half-width), lower case, thousands separators dropped (500,000 → 500000), 帐 as
 * 账 (帐户, 转帐, 帐单: the older form customers still type for "account"), bank words slipped on a pinyin
 * keyboard or by speech recognition read as meant (存着丢了 → 存折丢了: `BANKING_WORD_SLIPS`), Latin
 * shorthand inside Mandarin spelt out (xyk → 信用卡, 30w → 30万) and regional words read as standard
 * Mandarin (户口 → 账户, 唔 → 不: `REGIONAL_MANDARIN`), then bank things called by an everyday or foreign name
 * read as the bank's word (美刀 → 美元, 绿皮的小本本 → 存折: `EVERYDAY_NAMES_FOR_BANK_THINGS`).
 */
export function normalise(text: string): string {
  const norm = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(?<=\d),(?=\d{3}(?!\d))/g, '')
    .replace(/帐/g, '账');
  return withBankThingsNamed(inStandardMandarin(mandarinShorthandSpelledOut(withBankingWordsMeant(norm))));
}

const NEGATED = /\b(can|won|don|doesn|didn|isn|aren|wasn|weren|haven|hasn|hadn|couldn|wouldn|shouldn)'?t\b/g;

/** Chat shorthand spelt out: "cc" → credit card, "10k" → 10000. */
function spellOut(word: string): string[] {
  const thousands = /^(\d+(?:\.\d+)?)k$/.exec(word);
  if (thousands) return [String(Math.round(Number(thousands[1]) * 1000))];
  // A figure typed against its unit of time ("1yr", "6mths", "3months"): the figure and the unit.
  const period = /^(\d+)(yrs?|years?|mths?|months?|wks?|weeks?|days?)$/.exec(word);
  if (period?.[1] && period[2]) return [period[1], ENGLISH_SHORTHAND[period[2]] ?? period[2]];
  return ENGLISH_SHORTHAND[word]?.split(' ') ?? [word];
}

/**
 * English text with each chat shorthand word spelt out in place ("how to get a cc" → "how to get a credit
 * card"), for the concept patterns, which are written in full words.
 */
function shorthandSpelledOut(norm: string): string {
  return norm.replace(
    /(?<![\p{L}\p{N}'’-])[\p{L}\p{N}]+(?![\p{L}\p{N}'’-])/gu,
    (w) => ENGLISH_SHORTHAND[w] ?? w,
  );
}

/** The words of a text; with `shorthand` (the English analyser), chat shorthand is spelt out. */
function englishWords(text: string, shorthand = false): string[] {
  return normalise(text)
    .replace(/[’‘`´]/g, "'")
    .replace(/\ba\/c(?![a-z])/g, 'account')
    .replace(/\bcannot\b/g, 'can not')
    .replace(NEGATED, (_m, w: string) =>
      w === 'can' ? 'can not' : w === 'won' ? 'will not' : `${w.slice(0, -1)} not`,
    )
    .replace(/'(?:s|re|ll|ve|m|d)\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .flatMap((w) => (w.includes('-') && !/^e-cny$/.test(w) ? [w.replace(/-/g, ''), ...w.split('-')] : [w]))
    .flatMap((w) => (shorthand ? spellOut(w) : [w]))
    .filter((w) => w.length > 0);
}

/** A stemmed word sequence as a space-padded string, for whole-word phrase search. */
function joined(words: readonly string[]): string {
  return ` ${words.join(' ')} `;
}

/** True when `phrase` occurs in `words` in order, with at most `gap` other words between its words. */
function occursLoosely(words: readonly string[], phrase: readonly string[], gap: number): boolean {
  const first = phrase[0];
  if (first === undefined) return false;
  for (let start = 0; start < words.length; start++) {
    if (words[start] !== first) continue;
    let at = start;
    let ok = true;
    for (let k = 1; k < phrase.length && ok; k++) {
      let found = -1;
      for (let j = at + 1; j <= Math.min(words.length - 1, at + 1 + gap); j++) {
        if (words[j] === phrase[k]) {
          found = j;
          break;
        }
      }
      if (found < 0) ok = false;
      else at = found;
    }
    if (ok) return true;
  }
  return false;
}

/**
 * Matches concept phrases: Chinese as substrings; English as stemmed word sequences, either exactly with
 * every word ("sign in") or, when at least two content words remain, by their content words in order with
 * up to one word between them ("freeze my card" matches "freeze my debit card").
 */
class ConceptMatcher {
  private readonly zh: Array<[string, string]> = [];
  private readonly exact: Array<[string, string]> = [];
  private readonly loose: Array<[string[], string]> = [];

  constructor(
    groups: SynonymGroups,
    private readonly patterns: ReadonlyArray<readonly [RegExp, string]>,
  ) {
    for (const [concept, phrases] of Object.entries(groups)) {
      for (const phrase of phrases) {
        if (HAN.test(phrase)) {
          this.zh.push([normalise(phrase), concept]);
          continue;
        }
        const words = englishWords(phrase);
        this.exact.push([joined(words.map(stem)), concept]);
        const content = words.filter((w) => !ENGLISH_STOP_WORDS.has(w)).map(stem);
        if (content.length >= 2) this.loose.push([content, concept]);
      }
    }
  }

  concepts(norm: string, spelled: string, all: readonly string[], content: readonly string[]): Set<string> {
    const found = new Set<string>();
    for (const [phrase, concept] of this.zh) if (norm.includes(phrase)) found.add(concept);
    const allJoined = joined(all);
    for (const [phrase, concept] of this.exact) if (allJoined.includes(phrase)) found.add(concept);
    for (const [phrase, concept] of this.loose) if (occursLoosely(content, phrase, 1)) found.add(concept);
    // Patterns are written in full words; English chat shorthand is also spelt out for them ("get a cc").
    const texts = norm === spelled ? [norm] : [norm, spelled];
    for (const [re, concept] of this.patterns) if (texts.some((t) => re.test(t))) found.add(concept);
    return found;
  }
}

export class Analyzer {
  private readonly concepts: ConceptMatcher;

  constructor(
    readonly locale: Locale,
    groups: SynonymGroups = SYNONYMS[locale],
  ) {
    this.concepts = new ConceptMatcher(groups, PATTERN_CONCEPTS[locale]);
  }

  analyze(text: string): Analysis {
    const terms: Bag = new Map();
    const grams: Bag = new Map();
    // English sums said in words are read as digits ("sixty thousand" as 60000), as articles and patterns write them.
    const norm = this.locale === 'en' ? spokenAmountsAsDigits(normalise(text)) : normalise(text);

    // Han runs: words, and bigrams/unigrams over content segments split at stop words and punctuation.
    const segments: string[] = [];
    let segment = '';
    for (const token of jieba().cut(norm, true)) {
      const isHan = HAN.test(token);
      if (isHan && !CHINESE_STOP_WORDS.has(token)) {
        segment += token;
        continue;
      }
      if (segment) segments.push(segment);
      segment = '';
    }
    if (segment) segments.push(segment);
    for (const word of jieba().cutForSearch(norm, true)) {
      if (HAN.test(word) && !CHINESE_STOP_WORDS.has(word)) add(terms, word);
    }
    for (const s of segments) {
      const chars = [...s];
      for (let i = 0; i < chars.length; i++) {
        add(grams, chars[i] ?? '');
        if (i + 1 < chars.length) {
          const bigram = `${chars[i] ?? ''}${chars[i + 1] ?? ''}`;
          add(terms, `b:${bigram}`);
          add(grams, bigram);
        }
      }
    }

    // Latin and digit words (all of an English text, and ATM/App/U盾 inside Mandarin).
    const words = englishWords(norm.replace(/\p{Script=Han}+/gu, ' '), this.locale === 'en');
    let previous: string | null = null;
    for (const w of words) {
      if (ENGLISH_STOP_WORDS.has(w)) {
        previous = null;
        continue;
      }
      const s = stem(w);
      add(terms, s);
      if (previous) add(terms, `p:${previous}_${s}`);
      previous = s;
      const padded = `#${w}#`;
      for (let i = 0; i + 3 <= padded.length; i++) add(grams, padded.slice(i, i + 3));
    }

    const found = this.conceptsOf(norm);
    // A concept named only inside a negated clause ("not paying early, just the next instalment") is set aside.
    if ([...found].some((c) => NEGATABLE_CONCEPTS.has(c))) {
      const affirmed = norm.replace(NEGATED_CLAUSE[this.locale], ' ');
      if (affirmed !== norm) {
        const again = this.conceptsOf(affirmed);
        for (const c of NEGATABLE_CONCEPTS) if (!again.has(c)) found.delete(c);
      }
    }
    for (const c of found) add(terms, `c:${c}`);
    return { terms, grams };
  }

  /** The concepts of a normalised text on its own. */
  private conceptsOf(norm: string): Set<string> {
    const words = englishWords(norm.replace(/\p{Script=Han}+/gu, ' '), this.locale === 'en');
    const all = words.map(stem);
    const content = words.filter((w) => !ENGLISH_STOP_WORDS.has(w)).map(stem);
    const spelled = this.locale === 'en' ? shorthandSpelledOut(norm) : norm;
    return this.concepts.concepts(norm, spelled, all, content);
  }
}

const analyzers = new Map<Locale, Analyzer>();

/** The shared analyzer of a locale (built once). */
export function analyzerFor(locale: Locale): Analyzer {
  let a = analyzers.get(locale);
  if (!a) {
    a = new Analyzer(locale);
    analyzers.set(locale, a);
  }
  return a;
}
