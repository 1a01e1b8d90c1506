/**
 * The shape of a sentiment lexicon and how its terms are matched. Chinese terms are matched by longest
 * match over characters; English terms (single words or phrases) by longest match over words, so "not
 * unhappy" sees `not` + `unhappy` and "can't believe" is one term.
 */
import { HAN } from '../../nlu/text_normalize.ts';

export type TermKind = 'neg' | 'pos' | 'intensifier' | 'negator';

export interface LexiconEntry {
  kind: TermKind;
  /** Strength of a sentiment term, multiplier of an intensifier (< 1 for downtoners), strength of a negator. */
  weight: number;
}

export interface SentimentLexicon {
  /** Sentiment terms: positive weight = strength. */
  negative: Record<string, number>;
  positive: Record<string, number>;
  /** Multipliers for the next sentiment term: > 1 intensifies, < 1 softens. */
  intensifiers: Record<string, number>;
  /** Words that negate the next sentiment term, with their strength (1 = plain "not"; 0 = an imperative
   * such as 别/不要, which keeps the sentiment: "别敷衍我"). */
  negators: Record<string, number>;
  /** "but"-like words: what follows them counts more than what precedes. */
  contrast: string[];
  /** Explicit sarcasm markers (呵呵, "thanks for nothing"). */
  sarcasm: RegExp[];
  /** A positive word opening the message… */
  sarcasticOpeners: RegExp[];
  /** Praise as the last sentence after a problem ("…logged me out again. Great stuff."). */
  sarcasticClosers?: RegExp[];
  /** …followed by one of these turns it sarcastic ("great, blocked again"). */
  againMarkers: RegExp[];
  /** Claims of having to repeat oneself ("我都说了三遍了", "third time I'm asking"). */
  repetition: RegExp[];
  /** Complaints about how long something has taken ("等了一个星期", "on hold for an hour"). */
  waiting: RegExp[];
  /** Rhetorical accusations and scorn ("你们是故意的吧", "还让不让人用了", "are you kidding me"). */
  accusation: RegExp[];
  /** Threats that always count: complaint, regulator, media, lawyer. */
  strongThreats: RegExp[];
  /** Actions that are threats only in an angry or threatening frame (销户, "close my account"). */
  weakThreats: RegExp[];
  /** Frames that make a weak threat a threat ("再这样", "I'm going to"). */
  threatFrames: RegExp[];
  /** Frames that make it a plain service question ("怎么销户", "how do I close my account"). */
  questionFrames: RegExp[];
  /** Negations of a threat ("我不是来投诉的", "not complaining"), and denials of any complaint ("对你们没意见"):
   * the matched span is blanked out before threats are read, so a threat elsewhere in the message still counts. */
  threatNegations: RegExp[];
  /** A complaint word in a question about the complaint procedure ("how do I make a complaint", "投诉是啥流程",
   * "拒付和投诉有啥区别") or about a complaint already settled ("上回投诉的事已经处理好了"): blanked like a denial,
   * but only when the message has no clearly negative words ("how do I complain about your useless app" stays). */
  complaintInquiries: RegExp[];
  /** The customer says the problem is sorted now ("works now", "现在正常了", "that fixed it"). */
  resolved: RegExp[];
}

export interface MatchedTerm {
  term: string;
  kind: TermKind;
  weight: number;
  script: 'han' | 'latin';
  /** Character offset in the lower-cased text. */
  start: number;
  end: number;
  /** Position for distances: character index (Han) or word index (Latin). */
  pos: number;
  /** Index of the clause (split on punctuation) the term is in. */
  clause: number;
}

interface CompiledSide {
  entries: Map<string, LexiconEntry>;
  maxLen: number;
}

export interface CompiledLexicon {
  han: CompiledSide;
  latin: CompiledSide;
  source: SentimentLexicon[];
}

const CLAUSE_BREAK = /[,.!?;:，。！？；：、…\n]/;
const LATIN_WORD = /[a-z0-9]+(?:'[a-z]+)?/g;

function add(side: CompiledSide, key: string, entry: LexiconEntry, unitLength: number): void {
  side.entries.set(key, entry);
  side.maxLen = Math.max(side.maxLen, unitLength);
}

/** Merges lexicons (zh-CN and en are both applied to every message: customers mix languages). */
export function compileLexicons(lexicons: SentimentLexicon[]): CompiledLexicon {
  const han: CompiledSide = { entries: new Map(), maxLen: 1 };
  const latin: CompiledSide = { entries: new Map(), maxLen: 1 };
  const put = (term: string, entry: LexiconEntry): void => {
    const key = term.toLowerCase().trim();
    if (HAN.test(key)) add(han, key, entry, [...key].length);
    else add(latin, key.split(/\s+/).join(' '), entry, key.split(/\s+/).length);
  };
  for (const lex of lexicons) {
    for (const [t, w] of Object.entries(lex.negators)) put(t, { kind: 'negator', weight: w });
    for (const [t, w] of Object.entries(lex.intensifiers)) put(t, { kind: 'intensifier', weight: w });
    for (const [t, w] of Object.entries(lex.positive)) put(t, { kind: 'pos', weight: w });
    for (const [t, w] of Object.entries(lex.negative)) put(t, { kind: 'neg', weight: w });
  }
  return { han, latin, source: lexicons };
}

/** Clause index of every character offset. */
function clauseIndex(text: string): Uint16Array {
  const out = new Uint16Array(text.length + 1);
  let c = 0;
  for (let i = 0; i < text.length; i++) {
    if (CLAUSE_BREAK.test(text[i]!)) c++;
    out[i] = c;
  }
  out[text.length] = c;
  return out;
}

/** All lexicon terms in the text, in order of position (longest match, no overlaps within a script). */
export function matchTerms(lower: string, lex: CompiledLexicon): MatchedTerm[] {
  const clauses = clauseIndex(lower);
  const out: MatchedTerm[] = [];
  // Han: longest match over characters.
  const chars = [...lower];
  const offsets: number[] = [];
  let off = 0;
  for (const ch of chars) {
    offsets.push(off);
    off += ch.length;
  }
  for (let i = 0; i < chars.length;) {
    if (!HAN.test(chars[i]!)) {
      i++;
      continue;
    }
    let hit: { len: number; entry: LexiconEntry; key: string } | null = null;
    for (let len = Math.min(lex.han.maxLen, chars.length - i); len >= 1; len--) {
      const key = chars.slice(i, i + len).join('');
      const entry = lex.han.entries.get(key);
      if (entry) {
        hit = { len, entry, key };
        break;
      }
    }
    if (hit) {
      const start = offsets[i]!;
      out.push({
        term: hit.key,
        kind: hit.entry.kind,
        weight: hit.entry.weight,
        script: 'han',
        start,
        end: start + hit.key.length,
        pos: i,
        clause: clauses[start] ?? 0,
      });
      i += hit.len;
    } else i++;
  }
  // Latin: longest match over words.
  const words = [...lower.matchAll(LATIN_WORD)].map((m) => ({ w: m[0], start: m.index }));
  for (let i = 0; i < words.length;) {
    let hit: { len: number; entry: LexiconEntry; key: string } | null = null;
    for (let len = Math.min(lex.latin.maxLen, words.length - i); len >= 1; len--) {
      const slice = words.slice(i, i + len);
      // A phrase may not span a clause break.
      const first = slice[0]!;
      const last = slice[slice.length - 1]!;
      if (clauses[first.start] !== clauses[last.start]) continue;
      const key = slice.map((s) => s.w).join(' ');
      const entry = lex.latin.entries.get(key);
      if (entry) {
        hit = { len, entry, key };
        break;
      }
    }
    if (hit) {
      const first = words[i]!;
      const last = words[i + hit.len - 1]!;
      out.push({
        term: hit.key,
        kind: hit.entry.kind,
        weight: hit.entry.weight,
        script: 'latin',
        start: first.start,
        end: last.start + last.w.length,
        pos: i,
        clause: clauses[first.start] ?? 0,
      });
      i += hit.len;
    } else i++;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Units between two terms (characters for Han, words for Latin); Infinity across scripts or clauses. */
export function gap(before: MatchedTerm, after: MatchedTerm): number {
  if (before.script !== after.script || before.clause !== after.clause) return Infinity;
  const beforeLen = before.script === 'han' ? [...before.term].length : before.term.split(' ').length;
  return after.pos - (before.pos + beforeLen);
}

export function anyMatch(patterns: RegExp[], text: string): boolean {
  return patterns.some((p) => p.test(text));
}
