/**
 * The numbers check: every figure an answer states (rate, fee, amount, limit, date, duration, percentage)
 * must appear in the retrieved sources or in the customer's own verified data, however it is written
 * (2万 = 20,000 = 20000 = 两万). A model that invents or miscopies a figure is caught here.
 */
import { numberMentions, valueKey, type NumberMention } from './number_mentions.ts';

export class NumberAllowList {
  private readonly allowed = new Set<string>();

  constructor(texts: readonly string[]) {
    for (const text of texts) for (const m of numberMentions(text)) this.allowed.add(valueKey(m.value));
  }

  /** The figures in `text` that no source supports (empty when the text is safe). */
  unsupported(text: string): NumberMention[] {
    return numberMentions(text).filter((m) => m.checked && !this.allowed.has(valueKey(m.value)));
  }

  get size(): number {
    return this.allowed.size;
  }
}
