/**
 * Notices when a customer sends the same question again in one session (a sign the assistant is not
 * helping). Messages are kept only as small sets of hashed character bigrams, never as text, so the
 * session record holds nothing readable.
 *
 * A signature is a string: each hashed bigram is 30 bits written as five characters of an alphabet in
 * ASCII order, and the chunks are sorted, so comparing chunks as text compares the hashes. The session
 * record is serialised on every turn, and one short string costs far less to write than an array of
 * numbers (48 hashes: 240 characters instead of about 530).
 */

/** Signatures of recent customer messages kept in the session. */
export const RECENT_MESSAGES = 6;
const SIMILAR = 0.75;
/** Most bigrams kept per message. */
const MAX_GRAMS = 48;
const CHUNK = 5;

/** 64 URL-safe characters in ASCII order, so the encoding keeps the order of the numbers. */
const ALPHABET = '-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';

/** Hashed bigrams of a message, encoded and sorted (see above). */
export type MessageSignature = string;

/** 32-bit FNV-1a over a bigram's UTF-16 code units, folded to 30 bits. */
function hashBigram(s: string, i: number): number {
  let h = 0x811c9dc5;
  h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ s.charCodeAt(i + 1), 0x01000193);
  return (h ^ (h >>> 30)) & 0x3fffffff;
}

function encode(values: number[]): MessageSignature {
  let out = '';
  for (const v of values) for (let shift = 24; shift >= 0; shift -= 6) out += ALPHABET[(v >>> shift) & 63]!;
  return out;
}

/**
 * Hashed bigrams of the message with punctuation, spaces and case removed (at most 48). A one-character
 * message has one "bigram" (the character and nothing).
 */
export function messageSignature(text: string): MessageSignature {
  const s = text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const grams = new Set<number>();
  for (let i = 0; i + 1 < s.length || (i === 0 && s.length === 1); i++) {
    grams.add(hashBigram(s, i));
    if (grams.size >= MAX_GRAMS) break;
  }
  return encode([...grams].sort((a, b) => a - b));
}

/** -1, 0 or 1 as chunk i of a compares with chunk j of b. */
function compareChunks(a: string, i: number, b: string, j: number): number {
  for (let k = 0; k < CHUNK; k++) {
    const d = a.charCodeAt(i + k) - b.charCodeAt(j + k);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** Jaccard similarity of two signatures. */
export function similarity(a: MessageSignature, b: MessageSignature): number {
  const na = a.length / CHUNK;
  const nb = b.length / CHUNK;
  if (na === 0 || nb === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const c = compareChunks(a, i, b, j);
    if (c === 0) {
      shared++;
      i += CHUNK;
      j += CHUNK;
    } else if (c < 0) i += CHUNK;
    else j += CHUNK;
  }
  return shared / (na + nb - shared);
}

/** How many of the recent messages this one repeats (Jaccard over bigrams >= 0.75). */
export function repeatCount(signature: MessageSignature, recent: readonly MessageSignature[]): number {
  // "好的", "ok": short acknowledgements are not repeated questions
  if (signature.length < 3 * CHUNK) return 0;
  let n = 0;
  for (const r of recent) {
    // Jaccard is at most the ratio of the smaller set to the larger: skip pairs that cannot reach it.
    const shorter = Math.min(signature.length, r.length);
    if (shorter < SIMILAR * Math.max(signature.length, r.length)) continue;
    if (similarity(signature, r) >= SIMILAR) n++;
  }
  return n;
}

/**
 * A signature as stored by earlier versions (a sorted array of 30-bit SHA-1 prefixes) in today's form,
 * so sessions saved before an upgrade keep their history. The hash differs, so such a signature matches
 * none of the new ones: at worst one repetition goes unnoticed right after an upgrade.
 */
export function signatureFromStored(stored: string | readonly number[]): MessageSignature {
  if (typeof stored === 'string') return stored;
  return encode(stored.filter((v) => Number.isInteger(v) && v >= 0 && v < 2 ** 30));
}

/** Whether a stored string is a well-formed signature (whole chunks of the alphabet). */
export function isSignature(s: string): boolean {
  return s.length % CHUNK === 0 && /^[-0-9A-Z_a-z]*$/.test(s);
}
