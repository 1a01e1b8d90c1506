/**
 * Splits reply text into sentences for speech, so the first sentence can be spoken while the rest is
 * still being synthesised. Chinese ends sentences with 。！？；(and …), English with . ! ? ; a full stop
 * between digits (3.5) or after a single capital (U.S.) does not end one. Closing quotes and brackets stay
 * with their sentence. Very long sentences are cut at a comma so no piece waits too long.
 */

const ENDERS = new Set(['。', '！', '？', '；', '!', '?', ';', '…', '\n']);
const CLOSERS = new Set(['"', "'", '”', '’', '）', ')', '」', '』', '】', '》']);
const SOFT_BREAKS = new Set(['，', ',', '、', '：', ':']);

export interface SplitOptions {
  /** Pieces longer than this (in characters) are cut at the last comma before it. */
  maxChars?: number;
}

function endsSentence(chars: readonly string[], i: number): boolean {
  const c = chars[i] ?? '';
  if (ENDERS.has(c)) return true;
  if (c !== '.') return false;
  const prev = chars[i - 1] ?? '';
  const next = chars[i + 1] ?? '';
  if (/\d/.test(prev) && /\d/.test(next)) return false; // 3.5
  if (/[A-Z]/.test(prev) && !/[A-Za-z]/.test(chars[i - 2] ?? '') && /[A-Z]/.test(chars[i + 1] ?? ''))
    return false; // U.S
  // "a U.S. account", "approx. ten": a full stop followed by a lower-case word does not end a sentence.
  const after = chars.slice(i + 1, i + 4).join('');
  if (/^\s+[a-z]/.test(after)) return false;
  return next === '' || /\s/.test(next) || CLOSERS.has(next) || !/[A-Za-z0-9]/.test(next);
}

function cutLong(piece: string, maxChars: number): string[] {
  const out: string[] = [];
  let rest = piece;
  while (Array.from(rest).length > maxChars) {
    const chars = Array.from(rest);
    let cut = -1;
    for (let i = Math.min(maxChars, chars.length - 1); i > 0; i--) {
      if (SOFT_BREAKS.has(chars[i] ?? '')) {
        cut = i + 1;
        break;
      }
    }
    if (cut <= 0) break;
    out.push(chars.slice(0, cut).join('').trim());
    rest = chars.slice(cut).join('').trim();
  }
  if (rest.trim() !== '') out.push(rest.trim());
  return out;
}

export function splitSentences(text: string, options: SplitOptions = {}): string[] {
  const maxChars = options.maxChars ?? 120;
  const chars = Array.from(text);
  const sentences: string[] = [];
  let start = 0;
  for (let i = 0; i < chars.length; i++) {
    if (!endsSentence(chars, i)) continue;
    let end = i + 1;
    while (
      end < chars.length &&
      (ENDERS.has(chars[end] ?? '') || CLOSERS.has(chars[end] ?? '') || chars[end] === '.')
    )
      end++;
    const piece = chars.slice(start, end).join('').trim();
    if (piece !== '') sentences.push(piece);
    start = end;
    i = end - 1;
  }
  const tail = chars.slice(start).join('').trim();
  if (tail !== '') sentences.push(tail);
  return sentences.filter((s) => /[\p{L}\p{N}]/u.test(s)).flatMap((s) => cutLong(s, maxChars));
}
