/**
 * Currencies named on their own (我想换美元, how much is a euro, USD account); value the ISO 4217 code.
 * Currencies written next to a number come with the amount (see `amount.ts`), which wins any overlap.
 */
import { span, PRIORITY, type Candidate, type ExtractContext } from './candidate.ts';
import { currencyCode, currencyPattern } from './currency_words.ts';

const STANDALONE = new RegExp(
  currencyPattern((c) => c.standalone),
  'gi',
);

export function extractCurrencies(ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  for (const m of ctx.text.matchAll(STANDALONE)) {
    const code = currencyCode(m[0]);
    if (!code) continue;
    out.push({
      entity: span(ctx.original, 'currency', code, m.index, m.index + m[0].length),
      priority: PRIORITY.currency,
    });
  }
  return out;
}
