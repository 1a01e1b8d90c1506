/**
 * IPA phonemes (and eSpeak NG's phoneme names, which are IPA with stress marks) -> our six mouth shapes
 * `sil aa ih ou ee oh`, the VRM expressions the client drives.
 *
 * Vowels map by jaw opening and lip rounding; consonants map to the shape the mouth holds while making
 * them, with closed lips (p b m) as silence. The choices match the Azure viseme table
 * (`azure_visemes.ts`) wherever Azure groups the same sounds, so both engines move the mouth alike.
 *
 * | ours | vowels                   | consonants                                      | mouth                  |
 * |------|--------------------------|-------------------------------------------------|------------------------|
 * | sil  | (pause, word gap)        | p b m                                           | closed / at rest       |
 * | aa   | a ɑ ɐ æ ʌ ə (aɪ aʊ)      | h                                               | open, unrounded        |
 * | ih   | i ɪ ᵻ ɨ ɯ                | f v s z t d n θ j ɾ ts dz tɕ dʑ ɕ ʑ ç ɲ         | nearly closed, spread  |
 * | ou   | u ʊ y ʏ                  | w ɹ r ʃ ʒ tʃ dʒ ʂ ʐ tʂ dʐ ɻ ɥ                   | rounded, protruded     |
 * | ee   | e ɛ ɜ ɝ ɚ ɤ (eɪ)         | ð l k g ŋ x ɣ χ ʔ                               | half-open, neutral     |
 * | oh   | o ɔ ɒ ø œ (oʊ ɔɪ)        |                                                 | open-mid, rounded      |
 *
 * Diphthongs and r-coloured vowels take the shape of their first vowel (`aɪ` -> aa, `oʊ` -> oh, `ɑːɹ` ->
 * aa). Stress (ˈ ˌ), length (ː), tone digits and diacritics are ignored; aspiration (`kh`, `tʰ`) is
 * stripped. eSpeak's language-switch markers such as `(en)` are not phonemes and map to nothing.
 */
import type { Viseme } from '../../protocol/protocol.ts';

export const IPA_VISEMES: Readonly<Record<string, Viseme>> = {
  // vowels
  a: 'aa', ɑ: 'aa', ɐ: 'aa', æ: 'aa', ʌ: 'aa', ə: 'aa',
  i: 'ih', ɪ: 'ih', ᵻ: 'ih', ɨ: 'ih', ɯ: 'ih',
  u: 'ou', ʊ: 'ou', y: 'ou', ʏ: 'ou',
  e: 'ee', ɛ: 'ee', ɜ: 'ee', ɝ: 'ee', ɚ: 'ee', ɤ: 'ee',
  o: 'oh', ɔ: 'oh', ɒ: 'oh', ø: 'oh', œ: 'oh',
  // consonants
  p: 'sil', b: 'sil', m: 'sil',
  h: 'aa',
  f: 'ih', v: 'ih', s: 'ih', z: 'ih', t: 'ih', d: 'ih', n: 'ih', θ: 'ih', j: 'ih', ɾ: 'ih',
  ts: 'ih', dz: 'ih', tɕ: 'ih', dʑ: 'ih', ɕ: 'ih', ʑ: 'ih', ç: 'ih', ɲ: 'ih',
  w: 'ou', ɹ: 'ou', r: 'ou', ʃ: 'ou', ʒ: 'ou', tʃ: 'ou', dʒ: 'ou', ʂ: 'ou', ʐ: 'ou', tʂ: 'ou', dʐ: 'ou',
  ɻ: 'ou', ɥ: 'ou',
  ð: 'ee', l: 'ee', k: 'ee', g: 'ee', ŋ: 'ee', x: 'ee', ɣ: 'ee', χ: 'ee', ʔ: 'ee',
}; // prettier-ignore

const VOWELS = new Set(['a', 'ɑ', 'ɐ', 'æ', 'ʌ', 'ə', 'i', 'ɪ', 'ᵻ', 'ɨ', 'ɯ', 'u', 'ʊ', 'y', 'ʏ', 'e', 'ɛ', 'ɜ', 'ɝ', 'ɚ', 'ɤ', 'o', 'ɔ', 'ɒ', 'ø', 'œ']); // prettier-ignore
const ASPIRATED_BASES = new Set(['p', 't', 'k', 'ts', 'tɕ', 'tʂ', 'tʃ', 'c', 'q']);

export interface IpaOptions {
  /** Mandarin finals such as `iou`, `uə`, `yæ` start with a glide: take the shape of the vowel after it. */
  skipLeadingGlide?: boolean;
}

/** Strips stress, length, tone digits and combining diacritics; `ɡ` becomes `g`. */
export function normalizeIpa(phoneme: string): string {
  return phoneme
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ˈˌːˑ0-9]/g, '')
    .replace(/ɡ/g, 'g')
    .trim();
}

/**
 * The mouth shape for one phoneme; `null` for markers that are not phonemes (e.g. eSpeak's `(en)`) and
 * for symbols the table does not know.
 */
export function visemeForIpa(phoneme: string, options: IpaOptions = {}): Viseme | null {
  if (/^\(.*\)$/.test(phoneme.trim())) return null;
  let p = normalizeIpa(phoneme);
  if (p === '' || p === '_') return 'sil';
  if (p.length > 1 && (p.endsWith('h') || p.endsWith('ʰ')) && ASPIRATED_BASES.has(p.slice(0, -1))) {
    p = p.slice(0, -1);
  }
  const chars = Array.from(p);
  if (
    options.skipLeadingGlide &&
    chars.length >= 2 &&
    'iuy'.includes(chars[0] ?? '') &&
    VOWELS.has(chars[1] ?? '')
  ) {
    chars.shift();
  }
  for (let len = Math.min(3, chars.length); len >= 1; len--) {
    const hit = IPA_VISEMES[chars.slice(0, len).join('')];
    if (hit) return hit;
  }
  return null;
}
