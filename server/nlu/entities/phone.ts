/**
 * Phone numbers: mainland mobiles (13812345678, 138 1234 5678, +86 138-1234-5678), international numbers
 * written with a + (+1 415 555 0100) and North American (415) 555-0100.
 *
 * `text` is masked with `maskSensitive` (138****5678), so a full number never leaves the extractor in the
 * text that gets logged, echoed or shown to an agent. `value` holds the digits because flows (verify the
 * phone on file, send an SMS) need them: treat it as sensitive and never log it. A mainland mobile's value
 * is the 11-digit national number (the +86 is dropped); any other number keeps its country code.
 */
import { maskSensitive } from '../../privacy/mask.ts';
import { PRIORITY, type Candidate, type ExtractContext } from './candidate.ts';

const CN_MOBILE = /(?<![\d+])(?:(?:\+|00)86[\s-]?|86[\s-])?(1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})(?!\d)/g;
const INTL = /(?<![\d+])\+\d{1,3}[\s-]?(?:\(?\d{1,4}\)?[\s.-]?){1,4}\d{2,4}(?!\d)/g;
const NORTH_AMERICA = /(?<![\d+])(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\d)/g;

/** maskSensitive, or every digit but the last four when it does not recognise the shape. */
export function maskPhone(raw: string): string {
  const masked = maskSensitive(raw);
  if (masked !== raw) return masked;
  const total = raw.replace(/\D/g, '').length;
  let seen = 0;
  return raw.replace(/\d/g, (d) => (++seen <= total - 4 ? '*' : d));
}

function candidate(ctx: ExtractContext, start: number, end: number, value: string): Candidate {
  return {
    entity: { type: 'phone', text: maskPhone(ctx.original.slice(start, end)), value, start, end },
    priority: PRIORITY.phone,
  };
}

export function extractPhones(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(CN_MOBILE)) {
    out.push(candidate(ctx, m.index, m.index + m[0].length, `${m[1]}${m[2]}${m[3]}`));
  }
  for (const m of ctx.text.matchAll(INTL)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 8 || digits.length > 15 || /^\+86/.test(m[0].replace(/\s/g, ''))) continue;
    out.push(candidate(ctx, m.index, m.index + m[0].length, digits));
  }
  for (const m of ctx.text.matchAll(NORTH_AMERICA)) {
    out.push(candidate(ctx, m.index, m.index + m[0].length, m[0].replace(/\D/g, '')));
  }
  return out;
}
