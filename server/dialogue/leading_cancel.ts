/**
 * A cancel said in front of a new request, in one message: "算了不查了，帮我看看附近网点几点关门", "never mind,
 * forget it, what time do branches close?", "cancel that and check my balance". The message is cut into
 * clauses (`CLAUSE_BREAK`); the longest run of leading clauses that is a whole-message cancel (`isCancelPhrase`)
 * is the cancel, and what follows it is the request. A message that is a cancel as a whole ("不用了，谢谢") or
 * has no cancel in front ("不用短信验证可以吗") has none. Whether the request is another matter or only a
 * correction of the one called off ("算了，转300吧") is for the caller to judge.
 */
import { isCancelPhrase } from './cancel_phrases.ts';

export interface LeadingCancel {
  /** The cancel clauses, as said ("算了不查了"). */
  cancel: string;
  /** What follows them, as said ("帮我看看附近网点几点关门"). */
  rest: string;
}

/**
 * Where one clause may end and the next begin. Only a cut whose front is a cancel counts, so the cuts can be
 * loose: punctuation (，,。;！? and a full stop or ellipsis: "forget it. where's the nearest branch"); "then" /
 * "and"; a space after Chinese ("算了 不查了 你们今天开门到几点"); a Chinese cancel run straight into the request
 * after its 了 / 吧 ("不用了我想问下汇率"); a space before an English question word ("nvm what time do you close").
 * Not any English space: "never mind the fee" and "stop sending me texts" lead with no cancel.
 */
const CLAUSE_BREAK = new RegExp(
  [
    String.raw`[，,。;；!！?？.…~～]+\s*`,
    String.raw`\s+(?:then|and)\s+`,
    String.raw`(?<=\p{Script=Han})\s+`,
    String.raw`(?<=\p{Script=Han}[了吧啦])(?=(?![吗嘛呢吧啊呀了哈])\p{Script=Han})`,
    String.raw`\s+(?=(?:what|whats|where|wheres|when|how|why|which|who|can|could|is|are|do|does)\b)`,
  ].join('|'),
  'giu',
);

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
