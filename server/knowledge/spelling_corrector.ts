/**
 * Corrects mistyped English words in a customer's question against the words the articles use, so
 * "transfr failed", "intrest rate", "acount limit" and "recieve the code" find the articles that say
 * "transfer", "interest", "account" and "receive".
 *
 * Only typing slips that rarely turn one real word into another are corrected: a dropped letter
 * (intrest → interest), a doubled letter (acccount → account) and two adjacent letters swapped
 * (recieve → receive). A changed letter is not corrected: without a dictionary of everyday English it would
 * turn real words into lookalike bank words (think → thank, store → stole, march → match).
 *
 * A word is corrected only when it is unknown: at least five letters, not in the vocabulary (the articles'
 * text plus extra words given, such as synonyms and stop words), not an inflection of a known word (same
 * stem) and not part of a contraction (couldn't). Ties go to the word the articles use most, then
 * alphabetical order. A four-letter word is corrected only for two swapped letters and only to a topic word
 * (one in an article's title or tags: "crad" → card, "bnak" → bank, "laon" → loan): swapping two letters of
 * an everyday short word often makes another real one (sued → used, sing → sign), but hardly ever a topic
 * word. Anything else is left as it is.
 */
import { normalise } from './analyzer.ts';
import { stem } from './english_stemmer.ts';

const WORD = /[a-z]+/g;
const MIN_LENGTH = 5;
/** Shortest word corrected for two swapped letters into a topic word (crad → card, bnak → bank). */
const MIN_SWAP_LENGTH = 4;
const MEMO_LIMIT = 10_000;

/** The words of a text, lower-cased; "hasn't" also counts as "hasnt", which customers type. */
function wordsOf(text: string): string[] {
  const norm = normalise(text).replace(/[’‘`´]/g, "'");
  return [...(norm.match(WORD) ?? []), ...(norm.replace(/'/g, '').match(WORD) ?? [])];
}

/** True when `short` is `long` with one letter left out. */
function dropsOneLetter(short: string, long: string): boolean {
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/** True when `typed` is `word` with one letter typed twice (acccount, transffer). */
function doublesOneLetter(typed: string, word: string): boolean {
  if (typed.length !== word.length + 1) return false;
  for (let i = 1; i < typed.length; i++)
    if (typed[i] === typed[i - 1] && typed.slice(0, i) + typed.slice(i + 1) === word) return true;
  return false;
}

/** True when `typed` is `word` with two adjacent letters swapped. */
function swapsTwoLetters(typed: string, word: string): boolean {
  if (typed.length !== word.length || typed === word) return false;
  let i = 0;
  while (typed[i] === word[i]) i++;
  return typed[i] === word[i + 1] && typed[i + 1] === word[i] && typed.slice(i + 2) === word.slice(i + 2);
}

/** True when `typed` could be `word` after one typing slip of the kinds above. */
export function isTypingSlip(typed: string, word: string): boolean {
  return dropsOneLetter(typed, word) || doublesOneLetter(typed, word) || swapsTwoLetters(typed, word);
}

export class SpellingCorrector {
  /** Known words and how often the articles use them (extra words count 0). */
  private readonly counts = new Map<string, number>();
  private readonly stems = new Set<string>();
  private readonly byLength = new Map<number, string[]>();
  private readonly memo = new Map<string, string>();
  /** Words of the articles' titles and tags: the only targets of a four-letter word's correction. */
  private readonly topicWords: ReadonlySet<string>;

  constructor(
    texts: readonly string[],
    extraWords: Iterable<string> = [],
    topicTexts: readonly string[] = [],
  ) {
    this.topicWords = new Set(topicTexts.flatMap(wordsOf));
    for (const text of texts)
      for (const w of wordsOf(text)) this.counts.set(w, (this.counts.get(w) ?? 0) + 1);
    for (const phrase of extraWords)
      for (const w of wordsOf(phrase)) if (!this.counts.has(w)) this.counts.set(w, 0);
    for (const w of this.counts.keys()) {
      this.stems.add(stem(w));
      const list = this.byLength.get(w.length) ?? [];
      list.push(w);
      this.byLength.set(w.length, list);
    }
  }

  /** The known word `word` was probably meant to be, or `word` itself. */
  correctWord(word: string): string {
    const cached = this.memo.get(word);
    if (cached !== undefined) return cached;
    let best = word;
    if (word.length >= MIN_SWAP_LENGTH && !this.counts.has(word) && !this.stems.has(stem(word))) {
      const short = word.length < MIN_LENGTH;
      let bestCount = -1;
      for (const length of short ? [word.length] : [word.length - 1, word.length, word.length + 1]) {
        if (!short && length < MIN_LENGTH) continue;
        for (const candidate of this.byLength.get(length) ?? []) {
          if (
            short
              ? !this.topicWords.has(candidate) || !swapsTwoLetters(word, candidate)
              : !isTypingSlip(word, candidate)
          )
            continue;
          const count = this.counts.get(candidate) ?? 0;
          if (count > bestCount || (count === bestCount && candidate < best)) {
            best = candidate;
            bestCount = count;
          }
        }
      }
    }
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(word, best);
    return best;
  }

  /** The text with every unknown, correctable word replaced (normalised like the analyser's input). */
  correct(text: string): string {
    return normalise(text).replace(/[a-z]+(?:['’][a-z]+)?/g, (w) =>
      /['’]/.test(w) ? w : this.correctWord(w),
    );
  }
}
