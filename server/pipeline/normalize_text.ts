import type { Locale } from '../protocol/protocol.ts';
import { toSimplified } from '../nlu/traditional_to_simplified.ts';
import type { Normalizer } from './stages.ts';

/**
 * NFKC (full-width letters and digits to half-width), unify Chinese and Western punctuation spacing,
 * collapse whitespace, strip control characters and zero-width characters, and traditional Chinese as
 * simplified ("查詢餘額" → "查询余额"): every stage after this one (intent model, knowledge search, handoff
 * signals, flows) reads the simplified text; the transcript keeps what the customer typed.
 */
export class TextNormalizer implements Normalizer {
  normalize(text: string, _locale: Locale): string {
    const plain = text
      .normalize('NFKC')
      .replace(/[\u200B-\u200D\uFEFF]/g, '')
      .replace(/\p{Cc}/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    return toSimplified(plain);
  }
}
