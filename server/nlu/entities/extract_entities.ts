/**
 * The rule-based entity extractor: amounts, currencies, dates, card/account tails, phone numbers and
 * payees, in Mandarin and English (both sets of rules run whatever the locale, as customers mix them).
 * Offsets index into the original string; overlapping candidates are resolved by `resolveOverlaps`.
 *
 * Sensitive values: a phone entity's `text` is masked; its `value` holds the digits (see `phone.ts`).
 */
import type { Entity, Locale } from '../../protocol/protocol.ts';
import type { EntityExtractor } from '../understanding.ts';
import { normaliseWidth, type ExtractContext } from './candidate.ts';
import { extractAmounts } from './amount.ts';
import { extractCurrencies } from './currency.ts';
import { extractDates } from './date.ts';
import { extractPayees } from './payee.ts';
import { extractPhones } from './phone.ts';
import { extractTails } from './tail.ts';
import { resolveOverlaps } from './resolve_overlaps.ts';

export class RuleEntityExtractor implements EntityExtractor {
  /** `clock` supplies `now` when a call does not pass one (tests inject a fixed date). */
  constructor(private readonly clock: () => Date = () => new Date()) {}

  extract(text: string, locale: Locale, now?: Date): Entity[] {
    const ctx: ExtractContext = {
      text: normaliseWidth(text),
      original: text,
      locale,
      now: now ?? this.clock(),
    };
    const structured = [
      ...extractPhones(ctx),
      ...extractTails(ctx),
      ...extractDates(ctx),
      ...extractAmounts(ctx),
      ...extractCurrencies(ctx),
    ];
    return resolveOverlaps([...structured, ...extractPayees(ctx, structured)]);
  }
}
