/**
 * A short follow-up that asks the last question again about something else ("and euro?", "what about
 * Hong Kong dollars?", "那欧元呢", "美元呢？"): a question, no sign of anger by itself.
 *
 * Two readers use it: the handoff model reads such a fragment as frustrated (0.69 for "and euro?"), so its
 * vote stands down (`handoff/handoff_signals.ts`; the rules still read a negative word, sarcasm or shouting
 * in it); and the dialogue answers it with the previous question's topic (`follow_up_context.ts`), which
 * needs the fragment itself ("欧元", "the one in lujiazui").
 */
import { plainWords } from './cancel_phrases.ts';

const EN =
  /^(?:and|or|what about|how about|and what about|and how about|also) ((?:(?:the|for|in|my) )?[a-z0-9 $£€¥-]{1,30})$/;
const ZH = /^(?:那么|那|还有|再问下|另外)?([\p{Script=Han}A-Za-z0-9]{1,10}?)(?:的呢|呢)$/u;

/** "我的钱呢？", "what about my refund?": asking after the customer's own money is another matter. */
const OWN_MONEY = /我的|钱|款|退|到账|\b(my|refund|money|cash)\b/;

/**
 * The part of a follow-up that names the new thing, lower-cased ("那欧元呢" -> "欧元", "跨行的呢" -> "跨行",
 * "what about the one in Lujiazui?" -> "the one in lujiazui"); null when the message is no such follow-up.
 */
export function followUpFragment(text: string): string | null {
  if (OWN_MONEY.test(text.toLowerCase())) return null;
  const marks = text.match(/[?？!！]/g)?.length ?? 0;
  if (marks > 1 || !/[?？呢]\s*$/.test(text.trim())) return null;
  const s = plainWords(text);
  if (s.length === 0 || s.split(' ').length > 6) return null;
  return EN.exec(s)?.[1] ?? ZH.exec(s.replace(/ /g, ''))?.[1] ?? null;
}

export function isFollowUpQuestion(text: string): boolean {
  return followUpFragment(text) !== null;
}
