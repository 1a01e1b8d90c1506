/**
 * A cancel said in front of a new request, in one message: "算了不查了，帮我看看附近网点几点关门", "never mind,
 * forget it, what time do branches close?", "cancel that and check my balance". The message is cut into
 * clauses (at ，,。;！? and at "then" / "and"); the longest run of leading clauses that is a whole-message
 * cancel (`isCancelPhrase`) is the cancel, and what follows it is the request. A message that is a cancel as a
 * whole ("不用了，谢谢") or has no cancel in front ("不用短信验证可以吗") has none. Whether the request is another
 * matter or only a correction of the one called off ("算了，转300吧") is for the caller to judge.
 */
import { isCancelPhrase } from './cancel_phrases.ts';

export interface LeadingCancel {
  /** The cancel clauses, as said ("算了不查了"). */
  cancel: string;
  /** What follows them, as said ("帮我看看附近网点几点关门"). */
  rest: string;
}

/** Where one clause ends and the next begins. */
const CLAUSE_BREAK = /[，,。;；!！?？]+\s*|\s+(?:then|and)\s+/giu;

export function leadingCancelOf(text: string): LeadingCancel | null {
  const t = text.trim();
  if (isCancelPhrase(t)) return null;
  let found: LeadingCancel | null = null;
  for (const m of t.matchAll(CLAUSE_BREAK)) {
    const cancel = t.slice(0, m.index);
    const rest = t.slice(m.index + m[0].length).trim();
    if (!isCancelPhrase(cancel)) continue;
    if (rest.length > 0) found = { cancel, rest };
  }
  return found;
}
