/**
 * What each rule extractor returns before overlaps are resolved: an entity, a priority saying how specific
 * the rule is, and any entities that belong to it (an amount carries the currency it was written with).
 */
import type { Entity, Locale } from '../../protocol/protocol.ts';

export interface Candidate {
  entity: Entity;
  /** Higher wins an overlap; ties go to the longer span. */
  priority: number;
  /** Entities inside this one's span that are kept whenever it is kept (not checked for overlap). */
  attached?: Entity[];
}

/** Priorities: structured patterns beat loose ones. */
export const PRIORITY = {
  phone: 90,
  tail: 85,
  date: 80,
  amount: 60,
  payee: 50,
  currency: 40,
} as const;

/** An entity whose text is the slice [start, end) of the original string. */
export function span(
  original: string,
  type: string,
  value: string | number,
  start: number,
  end: number,
): Entity {
  return { type, text: original.slice(start, end), value, start, end };
}

/**
 * Full-width ASCII (０-９, Ａ-Ｚ, ＄, ，…) to half-width and the ideographic space to a space, one character
 * for one so offsets into the result are offsets into the original.
 */
export function normaliseWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else if (ch === '￥') out += '¥';
    else out += ch;
  }
  return out;
}

/** What every rule extractor receives. */
export interface ExtractContext {
  /** The utterance after `normaliseWidth`: same length, so offsets are shared with `original`. */
  text: string;
  original: string;
  locale: Locale;
  now: Date;
}
