/**
 * Text preparation for Azure synthesis: locale names, default neural voices, SSML, and splitting a reply
 * into segments so the first sentence is synthesised (and heard) before the rest.
 */
import type { Locale } from '../../protocol/protocol.ts';

/** Our locales -> the Azure locale used for SSML `xml:lang` and recognition. */
export const AZURE_LOCALES: Readonly<Record<Locale, string>> = { 'zh-CN': 'zh-CN', en: 'en-US' };

export const DEFAULT_AZURE_VOICES: Readonly<Record<Locale, string>> = {
  'zh-CN': 'zh-CN-XiaoxiaoNeural',
  en: 'en-US-JennyNeural',
};

/** An Azure locale (`zh-CN`, `zh-HK`, `en-US`, `en-GB`...) -> ours, or `fallback` when it is neither. */
export function fromAzureLocale(azureLocale: string | undefined, fallback: Locale): Locale {
  const lower = (azureLocale ?? '').toLowerCase();
  if (lower.startsWith('zh')) return 'zh-CN';
  if (lower.startsWith('en')) return 'en';
  return fallback;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Plain text (escaped here) in one voice. The voice name's locale prefix need not match `locale`. */
export function buildSsml(text: string, voice: string, locale: Locale): string {
  return (
    `<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="${AZURE_LOCALES[locale]}">` +
    `<voice name="${escapeXml(voice)}">${escapeXml(text)}</voice></speak>`
  );
}

const CLOSERS = new Set(['"', "'", '”', '’', '」', '』', ')', '）', ']', '】']);
const TERMINATORS = new Set(['。', '！', '？', '!', '?', '；', ';', '…']);

/**
 * Sentences with their punctuation. Ends at 。！？!?；;… (plus closing quotes/brackets), at a full stop
 * followed by whitespace (so `3.5%` and `www.bank.com` stay whole), and at line breaks.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let current = '';
  const flush = (): void => {
    const trimmed = current.trim();
    if (trimmed !== '') sentences.push(trimmed);
    current = '';
  };
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    if (ch === '\n') {
      flush();
      continue;
    }
    current += ch;
    const next = chars[i + 1];
    const ends = TERMINATORS.has(ch) || (ch === '.' && (next === undefined || /\s/.test(next)));
    if (!ends) continue;
    while (
      chars[i + 1] !== undefined &&
      (TERMINATORS.has(chars[i + 1] ?? '') || CLOSERS.has(chars[i + 1] ?? ''))
    ) {
      current += chars[i + 1];
      i += 1;
    }
    flush();
  }
  flush();
  return sentences;
}

/** Splits one over-long sentence at clause punctuation, then hard at `maxChars`. */
function splitLong(sentence: string, maxChars: number): string[] {
  if ([...sentence].length <= maxChars) return [sentence];
  const parts: string[] = [];
  let current = '';
  for (const piece of sentence.split(/(?<=[，,、：:])/u)) {
    if (current !== '' && [...current].length + [...piece].length > maxChars) {
      parts.push(current);
      current = '';
    }
    current += piece;
    while ([...current].length > maxChars) {
      const chars = [...current];
      parts.push(chars.slice(0, maxChars).join(''));
      current = chars.slice(maxChars).join('');
    }
  }
  if (current.trim() !== '') parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * Synthesis segments: the first sentence alone (lowest time to first audio), then the remaining
 * sentences packed into segments of at most `maxChars` characters (fewer round trips, better prosody).
 */
export function segmentText(text: string, maxChars = 300): string[] {
  const sentences = splitSentences(text).flatMap((s) => splitLong(s, maxChars));
  const [first, ...rest] = sentences;
  if (first === undefined) return [];
  const segments = [first];
  let current = '';
  for (const sentence of rest) {
    if (current !== '' && [...current].length + 1 + [...sentence].length > maxChars) {
      segments.push(current);
      current = '';
    }
    current =
      current === '' ? sentence : `${current}${/^\p{Script=Han}/u.test(sentence) ? '' : ' '}${sentence}`;
  }
  if (current !== '') segments.push(current);
  return segments;
}
