/**
 * Azure viseme ids 0-21 (Microsoft's documented viseme table, the same ids for en-US and zh-CN) -> our
 * six mouth shapes `sil aa ih ou ee oh`. The same principles as `ipa_visemes.ts`; where Azure groups two
 * sounds in one id, the sound that dominates in speech decides.
 *
 * | id | IPA        | ours | why                                             |
 * |----|------------|------|-------------------------------------------------|
 * |  0 | silence    | sil  | mouth at rest                                   |
 * |  1 | æ ə ʌ      | aa   | open, unrounded                                 |
 * |  2 | ɑ          | aa   | widest open                                     |
 * |  3 | ɔ          | oh   | open, rounded                                   |
 * |  4 | ɛ ʊ        | ee   | half-open, spread (ɛ dominates)                 |
 * |  5 | ɝ          | ee   | half-open, neutral (r-coloured schwa)           |
 * |  6 | j i ɪ      | ih   | nearly closed, spread                           |
 * |  7 | w u        | ou   | closed, rounded, protruded                      |
 * |  8 | o          | oh   | half-closed, rounded                            |
 * |  9 | aʊ         | aa   | diphthong starting open                         |
 * | 10 | ɔɪ         | oh   | diphthong starting rounded                      |
 * | 11 | aɪ         | aa   | diphthong starting open                         |
 * | 12 | h          | aa   | breath through an open mouth                    |
 * | 13 | ɹ          | ou   | English r is lip-rounded                        |
 * | 14 | l          | ee   | tongue up, mouth half-open                      |
 * | 15 | s z        | ih   | teeth together, lips spread                     |
 * | 16 | ʃ tʃ dʒ ʒ  | ou   | lips pushed forward                             |
 * | 17 | ð          | ee   | tongue between the teeth, mouth slightly open   |
 * | 18 | f v        | ih   | lower lip to the upper teeth, narrow            |
 * | 19 | d t n θ    | ih   | tongue at the teeth ridge, narrow               |
 * | 20 | k g ŋ      | ee   | back of the tongue raised, mouth half-open      |
 * | 21 | p b m      | sil  | lips closed                                     |
 */
import type { Viseme } from '../../protocol/protocol.ts';
import { AZURE_VISEME_TABLE, azureVisemeToViseme } from '../azure/azure_viseme_map.ts';

/** Our viseme for each Azure viseme id 0-21, from the one table the Azure adapter uses. */
export const AZURE_VISEMES: readonly Viseme[] = AZURE_VISEME_TABLE.map((e) => e.viseme);

/** The mouth shape for an Azure viseme id; ids outside 0-21 are treated as rest (`sil`). */
export const visemeForAzureId: (id: number) => Viseme = azureVisemeToViseme;
