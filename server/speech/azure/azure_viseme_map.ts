/**
 * Azure viseme ids -> our six mouth shapes (`sil aa ih ou ee oh`, the VRM expressions the client drives).
 *
 * Azure's `visemeReceived` ids follow Microsoft's documented viseme table, the same ids for en-US and
 * zh-CN. Vowels map to the nearest mouth opening and rounding; consonants map to the shape the mouth
 * holds while making them, with closed lips (p b m) as silence:
 *
 * | id | IPA              | ours | why                                            |
 * |----|------------------|------|------------------------------------------------|
 * |  0 | silence          | sil  | mouth at rest                                  |
 * |  1 | æ ə ʌ            | aa   | open, unrounded                                |
 * |  2 | ɑ                | aa   | widest open                                    |
 * |  3 | ɔ                | oh   | open, rounded                                  |
 * |  4 | ɛ ʊ              | ee   | half-open, spread (ɛ dominates in both langs)  |
 * |  5 | ɝ               | ee   | half-open, neutral (r-coloured schwa)          |
 * |  6 | j i ɪ            | ih   | nearly closed, spread                          |
 * |  7 | w u              | ou   | closed, rounded, protruded                     |
 * |  8 | o                | oh   | half-closed, rounded                           |
 * |  9 | aʊ               | aa   | diphthong starting open                        |
 * | 10 | ɔɪ               | oh   | diphthong starting rounded                     |
 * | 11 | aɪ               | aa   | diphthong starting open                        |
 * | 12 | h                | aa   | breath through an open mouth                   |
 * | 13 | ɹ                | ou   | English r is lip-rounded                       |
 * | 14 | l                | ee   | tongue up, mouth half-open                     |
 * | 15 | s z              | ih   | teeth together, lips spread                    |
 * | 16 | ʃ tʃ dʒ ʒ        | ou   | lips pushed forward                            |
 * | 17 | ð                | ee   | tongue between the teeth, mouth slightly open  |
 * | 18 | f v              | ih   | lower lip to the upper teeth, narrow           |
 * | 19 | d t n θ          | ih   | tongue at the teeth ridge, narrow              |
 * | 20 | k g ŋ            | ee   | back of the tongue raised, mouth half-open     |
 * | 21 | p b m            | sil  | lips closed                                    |
 */
import type { Viseme } from '../../protocol/protocol.ts';

export interface AzureVisemeEntry {
  id: number;
  ipa: readonly string[];
  viseme: Viseme;
}

export const AZURE_VISEME_TABLE: readonly AzureVisemeEntry[] = [
  { id: 0, ipa: ['silence'], viseme: 'sil' },
  { id: 1, ipa: ['æ', 'ə', 'ʌ'], viseme: 'aa' },
  { id: 2, ipa: ['ɑ'], viseme: 'aa' },
  { id: 3, ipa: ['ɔ'], viseme: 'oh' },
  { id: 4, ipa: ['ɛ', 'ʊ'], viseme: 'ee' },
  { id: 5, ipa: ['ɝ'], viseme: 'ee' },
  { id: 6, ipa: ['j', 'i', 'ɪ'], viseme: 'ih' },
  { id: 7, ipa: ['w', 'u'], viseme: 'ou' },
  { id: 8, ipa: ['o'], viseme: 'oh' },
  { id: 9, ipa: ['aʊ'], viseme: 'aa' },
  { id: 10, ipa: ['ɔɪ'], viseme: 'oh' },
  { id: 11, ipa: ['aɪ'], viseme: 'aa' },
  { id: 12, ipa: ['h'], viseme: 'aa' },
  { id: 13, ipa: ['ɹ'], viseme: 'ou' },
  { id: 14, ipa: ['l'], viseme: 'ee' },
  { id: 15, ipa: ['s', 'z'], viseme: 'ih' },
  { id: 16, ipa: ['ʃ', 'tʃ', 'dʒ', 'ʒ'], viseme: 'ou' },
  { id: 17, ipa: ['ð'], viseme: 'ee' },
  { id: 18, ipa: ['f', 'v'], viseme: 'ih' },
  { id: 19, ipa: ['d', 't', 'n', 'θ'], viseme: 'ih' },
  { id: 20, ipa: ['k', 'g', 'ŋ'], viseme: 'ee' },
  { id: 21, ipa: ['p', 'b', 'm'], viseme: 'sil' },
];

/** Our viseme for an Azure viseme id; ids outside 0-21 (newer service versions) fall back to `sil`. */
export function azureVisemeToViseme(id: number): Viseme {
  return AZURE_VISEME_TABLE[id]?.viseme ?? 'sil';
}
