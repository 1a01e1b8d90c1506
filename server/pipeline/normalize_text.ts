import type { Locale } from '../protocol/protocol.ts';
import type { Normalizer } from './stages.ts';

/**
 * NFKC (full-width letters and digits to half-width), unify Chinese and Western punctuation spacing,
 * collapse whitespace, strip control characters and zero-width characters.
 */
export class TextNormalizer implements Normalizer {
  normalize(text: string, _locale: Locale): string {
    return text
      .normalize('NFKC')
      .replace(/[\u200B-\u200D\uFEFF]/g, '')
      .replace(/\p{Cc}/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  }
}
