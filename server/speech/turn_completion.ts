/**
 * Whether what the customer has said so far reads as a finished turn, so that a short pause may end it
 * (adaptive end of turn). A turn that trails off on a conjunction, a preposition, an article or a filler
 * ("and", "but", "to", "the", "um", 然后, 就是, 那个, 还有, 嗯) is waiting for more and gets the full
 * endpoint silence; anything else (including one-word answers such as "yes" or 好的) may end early.
 *
 * The judge is synchronous and cheap: it runs on every speculative transcript while the customer is
 * silent. An understanding-based judge (intent confidence) can replace it behind the same interface.
 */
import type { Locale } from '../protocol/protocol.ts';

export interface TurnCompletion {
  isComplete(text: string, locale: Locale): boolean;
}

/** Words after which an English sentence cannot end (recogniser output is lower case, no punctuation). */
const EN_OPEN_ENDINGS = new Set(
  [
    // conjunctions and relative words
    'and', 'but', 'or', 'nor', 'so', 'because', 'cause', 'if', 'when', 'while', 'although', 'though',
    'unless', 'until', 'than', 'that', 'which', 'who', 'whose', 'whether', 'also', 'plus',
    // fillers and hesitations (PocketSphinx spells some of them as words)
    'um', 'umm', 'uh', 'uhm', 'er', 'erm', 'ah', 'hmm', 'mm', 'like',
    // articles, possessives and other determiners
    'a', 'an', 'the', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'this', 'these', 'those', 'some',
    'any', 'each', 'every', 'another', 'no',
    // prepositions
    'to', 'of', 'for', 'from', 'with', 'without', 'in', 'into', 'on', 'onto', 'at', 'by', 'about', 'as',
    'between', 'through', 'via', 'per', 'towards', 'toward',
    // subjects and auxiliaries that start a clause
    'i', 'we', 'they', 'he', 'she', "i'm", "i'd", "i'll", 'is', 'are', 'was', 'were', 'am', 'be', 'been',
    'can', 'could', 'would', 'should', 'will', 'shall', 'may', 'might', 'must', 'do', 'does', 'did',
    'have', 'has', 'had', 'want', 'wanna', 'need', 'please',
  ], // prettier-ignore
);

/**
 * Mandarin endings that announce more: conjunctions, coverbs, fillers. Single characters only where they
 * rarely end a word in banking talk (not 额 as in 余额, 让 as in 转让, 向 as in 方向, 与 as in 参与).
 */
const ZH_OPEN_ENDINGS = [
  '然后', '就是', '那个', '这个', '还有', '而且', '并且', '但是', '可是', '不过', '因为', '所以', '如果',
  '或者', '以及', '还是', '比如', '关于', '对于', '的话', '嗯', '呃', '和', '跟', '把', '给',
]; // prettier-ignore

const CLOSED_PUNCTUATION = /[.?!。？！]$/;
const OPEN_PUNCTUATION = /[,，、;；:：]$/;

export class LexicalTurnCompletion implements TurnCompletion {
  /** Judged by the text itself, so mixed turns (English product names in Mandarin) work in either locale. */
  isComplete(text: string): boolean {
    const t = text.trim();
    if (t === '') return false;
    if (OPEN_PUNCTUATION.test(t)) return false;
    if (CLOSED_PUNCTUATION.test(t)) return true;
    const latin = /[a-z]['a-z]*$/i.exec(t);
    if (latin) {
      const word = latin[0].toLowerCase().replace(/\(\d+\)$/, '');
      return !EN_OPEN_ENDINGS.has(word);
    }
    const compact = t.replace(/\s+/g, '');
    return !ZH_OPEN_ENDINGS.some((w) => compact.endsWith(w));
  }
}

/** Never ends a turn early: the fixed endpoint silence, as before adaptive end of turn. */
export const NEVER_COMPLETE: TurnCompletion = { isComplete: () => false };
