/**
 * Cuts a stream of model tokens into sentences as soon as each one is complete, so the avatar can start
 * speaking the first sentence while the model is still writing the rest.
 *
 *  - Chinese ends a sentence with 。！？；(and …), at once: no look-ahead is needed.
 *  - English ends one with ! or ? at once, and with . once the character after it has arrived: a full
 *    stop between digits (0.35) or followed by a lower-case word does not end a sentence, nor does one after
 *    a known abbreviation (e.g., Mr., a.m.) when a capital or a figure follows; ". " ends one at once unless
 *    it follows an abbreviation. At the end of the stream it always does.
 *  - A newline ends a sentence (list items).
 *  - A sentence that grows past `maxChars` without an ending is cut after its last comma, so no piece waits
 *    too long.
 * Closing quotes and brackets right after an ending stay with their sentence when they arrive together; one
 * that arrives after the sentence was released is dropped from the start of the next.
 */

const IMMEDIATE = new Set(['。', '！', '？', '；', '!', '?', '…', '\n']);
const CLOSERS = new Set(['"', "'", '”', '’', '）', ')', '」', '』', '】', '》']);
const SOFT_BREAKS = new Set(['，', ',', '、', '：', ':', ';']);
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'vs',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'approx',
  'dept',
  'inc',
  'ltd',
  'co',
  'jr',
  'sr',
  'u.s',
  'u.k',
]);

export interface ChunkerOptions {
  maxChars?: number;
}

export class SentenceChunker {
  private buffer = '';
  private readonly maxChars: number;

  constructor(options: ChunkerOptions = {}) {
    this.maxChars = options.maxChars ?? 120;
  }

  /** Adds streamed text; returns the sentences it completed (possibly none). */
  push(text: string): string[] {
    this.buffer += text;
    return this.drain(false);
  }

  /** The stream ended: whatever is left is the last sentence. */
  flush(): string[] {
    return this.drain(true);
  }

  private drain(final: boolean): string[] {
    const out: string[] = [];
    for (;;) {
      const cut = this.findCut(final);
      if (cut === null) break;
      const piece = this.buffer.slice(0, cut);
      this.buffer = this.buffer.slice(cut);
      pushPiece(out, piece);
    }
    if (final) {
      pushPiece(out, this.buffer);
      this.buffer = '';
    }
    return out;
  }

  /** Index just after the first complete sentence in the buffer, or null when none is complete yet. */
  private findCut(final: boolean): number | null {
    const b = this.buffer;
    for (let i = 0; i < b.length; i++) {
      const c = b[i]!;
      if (IMMEDIATE.has(c)) return extendOverClosers(b, i + 1);
      if (c !== '.') continue;
      const verdict = fullStopEnds(b, i, final);
      if (verdict === 'wait') return null;
      if (verdict === 'yes') return extendOverClosers(b, i + 1);
    }
    if ([...b].length > this.maxChars) {
      for (let i = b.length - 2; i > 0; i--) {
        // Never inside a number: 20,000 or 9:30.
        if (SOFT_BREAKS.has(b[i]!) && !(/\d/.test(b[i - 1]!) && /\d/.test(b[i + 1]!))) return i + 1;
      }
    }
    return null;
  }
}

function extendOverClosers(b: string, end: number): number {
  let e = end;
  while (e < b.length && (CLOSERS.has(b[e]!) || IMMEDIATE.has(b[e]!) || b[e] === '.')) e++;
  return e;
}

function pushPiece(out: string[], piece: string): void {
  let s = piece.trim();
  while (s.length > 0 && CLOSERS.has(s[0]!)) s = s.slice(1).trimStart();
  if (/[\p{L}\p{N}]/u.test(s)) out.push(s);
}

/** Whether the full stop at `i` ends a sentence; 'wait' when the next characters have not arrived. */
function fullStopEnds(b: string, i: number, final: boolean): 'yes' | 'no' | 'wait' {
  const prev = b[i - 1] ?? '';
  const next = b[i + 1];
  if (next === undefined) return final ? 'yes' : 'wait';
  if (next === '\n') return 'yes';
  if (/\d/.test(prev) && /\d/.test(next)) return 'no'; // 0.35
  if (next === '.') return 'no'; // an ellipsis "..." ends at its last dot
  if (/^\s*\d+$/.test(b.slice(b.lastIndexOf('\n', i) + 1, i))) return 'no'; // a list marker: "1. "
  if (/[A-Za-z0-9]/.test(next)) return 'no'; // e.g. "e.g", "v1.2", "www.bank"
  const word = /([A-Za-z][A-Za-z.]*)$/.exec(b.slice(0, i))?.[1]?.toLowerCase() ?? '';
  const isAbbrev = ABBREVIATIONS.has(word) || /^[a-z]$/i.test(word);
  if (!/\s/.test(next)) return isAbbrev ? 'no' : 'yes'; // closers, CJK, punctuation
  // "." then space: look at the next visible character.
  const rest = b.slice(i + 1);
  const visible = /\S/.exec(rest);
  // Only an abbreviation needs to see the next word; otherwise ". " ends the sentence now (latency matters).
  const maybeAbbrev = isAbbrev || word === 'no'; // "No. 5" but "the answer is no. Then…"
  if (!visible) return final || !maybeAbbrev ? 'yes' : 'wait';
  const ch = visible[0];
  if (/[a-z]/.test(ch)) return 'no'; // "e.g. a card", "approx. two days"
  if (isAbbrev && /[A-Z0-9¥$]/.test(ch)) return 'no'; // "Mr. Wang", "U.S. dollars"
  if (word === 'no' && /\d/.test(ch)) return 'no'; // "No. 5"
  return 'yes';
}
