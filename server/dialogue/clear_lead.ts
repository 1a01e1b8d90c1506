/**
 * An article far ahead of every other, though below the FAQ threshold: "I'm deaf, can I do everything by chat?"
 * (accessibility services 0.21, the next 0.01), "my mum is 85 and can't use smartphones, what can she do" (elderly
 * services 0.28, the next 0.10). The message names that article's subject and nothing else in the knowledge
 * base, so the article is a better answer than "that is outside the banking services I can help with" (the
 * intent model found nothing, or heard a goodbye in "I'm deaf"). Measured before it was used: of the 726
 * questions of the first FAQ set and the third dev set, the 39 whose best article scored under the threshold
 * with such a lead all had the right article on top; 2 of the 94 out-of-scope rows of the intent held-out set
 * have such a lead ("附近哪里有停车场" -> branch locations). The policy skips it for a message the intent model is
 * sure is out of scope ("附近哪里有好吃的火锅"; `soundsOutOfScope` in in_scope_lead.ts, with its measurement).
 */
import type { FaqHit } from '../nlu/understanding.ts';

/** The least score the leading article needs. */
export const LEAD_FLOOR = 0.2;
/** How many times the runner-up's score the leading article needs. */
export const LEAD_RATIO = 2;

export function clearLead(hits: readonly FaqHit[]): FaqHit | null {
  const [top, next] = hits;
  if (!top || top.score < LEAD_FLOOR) return null;
  return top.score >= LEAD_RATIO * (next?.score ?? 0) ? top : null;
}
