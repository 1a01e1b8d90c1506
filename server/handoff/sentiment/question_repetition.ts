/**
 * Notices when a customer sends the same question again in one session (a sign the assistant is not
 * helping). Messages are kept only as small sets of hashed character bigrams, never as text, so the
 * session record holds nothing readable.
 */
import { createHash } from 'node:crypto';

/** Signatures of recent customer messages kept in the session. */
export const RECENT_MESSAGES = 6;
const SIMILAR = 0.75;

/** Hashed bigrams of the message with punctuation, spaces and case removed (at most 48). */
export function messageSignature(text: string): number[] {
  const s = text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const grams = new Set<number>();
  for (let i = 0; i + 1 < s.length || (i === 0 && s.length === 1); i++) {
    const g = s.slice(i, i + 2);
    // 30 bits: small integers stay unboxed in memory and print short in the stored session.
    grams.add(createHash('sha1').update(g).digest().readUInt32BE(0) >>> 2);
    if (grams.size >= 48) break;
  }
  return [...grams].sort((a, b) => a - b);
}

/** Jaccard similarity of two signatures (each sorted ascending, no duplicates). */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

/** How many of the recent messages this one repeats (Jaccard over bigrams >= 0.75). */
export function repeatCount(signature: readonly number[], recent: readonly (readonly number[])[]): number {
  if (signature.length < 3) return 0; // "好的", "ok": short acknowledgements are not repeated questions
  return recent.filter((r) => similarity(signature, r) >= SIMILAR).length;
}
