/**
 * Shared by the entity tests: a fixed clock and a compact view of extracted entities.
 */
import type { Entity, Locale } from '../../protocol/protocol.ts';
import { RuleEntityExtractor } from './extract_entities.ts';

/** Wednesday 13 May 2026, 10:00 local time. */
export const NOW = new Date(2026, 4, 13, 10, 0);

export type Row = [type: string, value: string | number, text: string];

const extractor = new RuleEntityExtractor(() => NOW);

export function extract(text: string, locale: Locale, now: Date = NOW): Entity[] {
  return extractor.extract(text, locale, now);
}

export function rows(text: string, locale: Locale, now: Date = NOW): Row[] {
  return extract(text, locale, now).map((e) => [e.type, e.value, e.text]);
}

/** Rows of one entity type only. */
export function rowsOf(type: string, text: string, locale: Locale, now: Date = NOW): Row[] {
  return rows(text, locale, now).filter((r) => r[0] === type);
}
