/**
 * Mandarin -> our six mouth shapes `sil aa ih ou ee oh`, from pinyin (initials and finals) and from
 * eSpeak NG's `cmn` phoneme names. Same principles as `ipa_visemes.ts`: vowels by opening and rounding,
 * consonants by the shape the mouth holds, closed lips as silence. A final takes the shape of its main
 * vowel (the glide i/u/ü before it is brief).
 *
 * Pinyin initials:
 *
 * | ours | initials              | why                                    |
 * |------|-----------------------|----------------------------------------|
 * | sil  | b p m                 | lips closed                            |
 * | ih   | f d t n j q x z c s y | teeth close, lips spread               |
 * | ee   | l g k h               | tongue raised, mouth half-open         |
 * | ou   | zh ch sh r w          | retroflex and w: lips pushed forward   |
 *
 * Pinyin finals (`v` = ü; `iu ui un` are the written forms of `iou uei uen`):
 *
 * | ours | finals                                              |
 * |------|-----------------------------------------------------|
 * | aa   | a ai ao an ang ia iao iang ua uai uan uang          |
 * | oh   | o ou uo iou(iu)                                     |
 * | ee   | e ê ei en eng er ie ian uei(ui) uen(un) ueng ve van |
 * | ih   | i -i (zhi chi shi ri zi ci si) in ing               |
 * | ou   | u v vn ong iong                                     |
 *
 * eSpeak `cmn` phoneme names that are not plain IPA:
 *
 * | name        | sound                                 | ours |
 * |-------------|---------------------------------------|------|
 * | s. ts. ts.h | retroflex sh zh ch (ʂ tʂ tʂʰ)         | ou   |
 * | i. i̪        | apical vowel of zhi/shi and zi/si     | ih   |
 * | o-          | the e of 可 ke (ɤ)                    | ee   |
 * | ər          | er (ɚ)                                | ee   |
 * | onɡ         | ong (ʊŋ)                              | ou   |
 *
 * Everything else (`tɕh`, `χ`, `ˈiou`, `uə`, `yæ`, ...) goes through `visemeForIpa` with the leading
 * glide skipped.
 */
import type { Viseme } from '../../protocol/protocol.ts';
import { normalizeIpa, visemeForIpa } from './ipa_visemes.ts';

export const PINYIN_INITIAL_VISEMES: Readonly<Record<string, Viseme>> = {
  b: 'sil', p: 'sil', m: 'sil',
  f: 'ih', d: 'ih', t: 'ih', n: 'ih', j: 'ih', q: 'ih', x: 'ih', z: 'ih', c: 'ih', s: 'ih', y: 'ih',
  l: 'ee', g: 'ee', k: 'ee', h: 'ee',
  zh: 'ou', ch: 'ou', sh: 'ou', r: 'ou', w: 'ou',
}; // prettier-ignore

export const PINYIN_FINAL_VISEMES: Readonly<Record<string, Viseme>> = {
  a: 'aa', ai: 'aa', ao: 'aa', an: 'aa', ang: 'aa', ia: 'aa', iao: 'aa', iang: 'aa',
  ua: 'aa', uai: 'aa', uan: 'aa', uang: 'aa',
  o: 'oh', ou: 'oh', uo: 'oh', iou: 'oh', iu: 'oh',
  e: 'ee', ê: 'ee', ei: 'ee', en: 'ee', eng: 'ee', er: 'ee', ie: 'ee', ian: 'ee',
  uei: 'ee', ui: 'ee', uen: 'ee', un: 'ee', ueng: 'ee', ve: 'ee', van: 'ee',
  i: 'ih', in: 'ih', ing: 'ih',
  u: 'ou', v: 'ou', vn: 'ou', ong: 'ou', iong: 'ou',
}; // prettier-ignore

const ESPEAK_CMN_VISEMES: Readonly<Record<string, Viseme>> = {
  's.': 'ou', 'ts.': 'ou', 'ts.h': 'ou', 'i.': 'ih', 'o-': 'ee', ər: 'ee', ong: 'ou',
}; // prettier-ignore

export interface PinyinSyllable {
  initial: string;
  /** Standard final form (`iou` for `you`/`liu`, `v` for ü). */
  final: string;
}

const INITIALS = ['zh', 'ch', 'sh', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'r', 'z', 'c', 's', 'y', 'w']; // prettier-ignore

/** Splits a pinyin syllable (tone digits or tone marks allowed, `ü`/`v`/`u:` for ü) into initial and final. */
export function splitPinyin(syllable: string): PinyinSyllable | null {
  const s = syllable
    .toLowerCase()
    .normalize('NFD')
    .replace(/u\u0308|u:/g, 'v')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[0-5]$/, '')
    .trim();
  if (!/^[a-zê]+$/.test(s)) return null;
  const initial = INITIALS.find((i) => s.startsWith(i) && s.length > i.length) ?? '';
  let final = s.slice(initial.length);
  if (initial === 'y')
    final = final.startsWith('u') ? `v${final.slice(1)}` : final.startsWith('i') ? final : `i${final}`;
  else if (initial === 'w') final = final.startsWith('u') ? final : `u${final}`;
  else if (['j', 'q', 'x'].includes(initial) && final.startsWith('u')) final = `v${final.slice(1)}`;
  if (final === 'iu') final = 'iou';
  else if (final === 'ui') final = 'uei';
  else if (final === 'un') final = 'uen';
  else if (final === 'vn' || final === 'ven') final = 'vn';
  if (!(final in PINYIN_FINAL_VISEMES)) return null;
  return { initial, final };
}

/** Mouth shapes for one pinyin syllable: the initial's (when there is one) then the final's. */
export function visemesForPinyin(syllable: string): Viseme[] {
  const parts = splitPinyin(syllable);
  if (!parts) return [];
  const out: Viseme[] = [];
  const init = parts.initial === '' ? undefined : PINYIN_INITIAL_VISEMES[parts.initial];
  if (init) out.push(init);
  const fin = PINYIN_FINAL_VISEMES[parts.final];
  if (fin) out.push(fin);
  return out;
}

/** The mouth shape for one eSpeak `cmn` phoneme name; `null` for markers such as `(en)`. */
export function visemeForEspeakCmn(phoneme: string): Viseme | null {
  const bare = normalizeIpa(phoneme);
  const direct = ESPEAK_CMN_VISEMES[bare];
  if (direct) return direct;
  return visemeForIpa(phoneme, { skipLeadingGlide: true });
}
