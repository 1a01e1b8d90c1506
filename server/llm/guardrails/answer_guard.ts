/**
 * The sentence-level guard: each sentence of a streamed answer is checked before it is released to the
 * screen and the voice. Citations are resolved against the retrieved articles and removed, Markdown is
 * flattened for speech, then the sentence must state no figure the sources (or the customer's verified
 * data) do not contain and nothing a bank assistant must never say. The first failing sentence stops the
 * answer; the step then retracts what was released and answers with the safe fallback.
 */
import { bannedContent, type BannedReason } from './banned_content.ts';
import { extractCitations } from './citations.ts';
import { NumberAllowList } from './numbers_check.ts';

/** What the prompt tells the model to answer when the sources do not cover the question. */
export const NO_ANSWER = 'NO_ANSWER';

export type GuardReason = 'unsupported_number' | 'no_answer' | BannedReason;

export type GuardVerdict =
  | { ok: true; text: string; cited: string[]; unknownCitations: string[] }
  | { ok: false; reason: GuardReason; /** Offending figures (never customer text). */ figures: string[] };

export class AnswerGuard {
  private readonly numbers: NumberAllowList;
  private readonly known: ReadonlySet<string>;

  constructor(grounding: {
    sourceIds: readonly string[];
    sourceTexts: readonly string[];
    customerFacts?: readonly string[];
  }) {
    this.known = new Set(grounding.sourceIds);
    this.numbers = new NumberAllowList([...grounding.sourceTexts, ...(grounding.customerFacts ?? [])]);
  }

  check(sentence: string): GuardVerdict {
    if (sentence.includes(NO_ANSWER)) return { ok: false, reason: 'no_answer', figures: [] };
    const { text, cited, unknown } = extractCitations(sentence, this.known);
    const spoken = flattenMarkdown(text);
    const banned = bannedContent(spoken);
    if (banned) return { ok: false, reason: banned, figures: [] };
    const unsupported = this.numbers.unsupported(spoken);
    if (unsupported.length > 0)
      return { ok: false, reason: 'unsupported_number', figures: unsupported.map((m) => m.text) };
    return { ok: true, text: spoken, cited, unknownCitations: unknown };
  }
}

/** Removes emphasis, headings, code ticks and list markers, which a voice must not read out. */
export function flattenMarkdown(text: string): string {
  return text
    .replace(/\*\*|__|`/g, '')
    .replace(/^\s*#{1,6}\s*/gm, '')
    .replace(/^\s*(?:[-*•]\s+|\d+[.)]\s+|\d+、\s*)/gm, '')
    .trim();
}
