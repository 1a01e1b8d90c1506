/**
 * A short follow-up that asks the last question again about something else ("and euro?", "what about
 * Hong Kong dollars?", "那欧元呢", "美元呢？"): a question, no sign of anger by itself. The handoff model reads
 * such a fragment as frustrated (0.69 for "and euro?"), so after an exchange-rate answer it handed the
 * conversation over. Its vote stands down; the rules still read a negative word, sarcasm or shouting in it.
 */
import { plainWords } from '../dialogue/cancel_phrases.ts';

const EN =
  /^(and|or|what about|how about|and what about|and how about|also)( the| for| in| my)? [a-z0-9 $£€¥-]{1,30}$/;
const ZH = /^(那|那么|还有|再问下|另外)?[\p{Script=Han}A-Za-z0-9]{1,10}(呢|的呢)$/u;

/** "我的钱呢？", "what about my refund?": asking after the customer's own money is another matter. */
const OWN_MONEY = /我的|钱|款|退|到账|\b(my|refund|money|cash)\b/;

export function isFollowUpQuestion(text: string): boolean {
  if (OWN_MONEY.test(text.toLowerCase())) return false;
  const marks = text.match(/[?？!！]/g)?.length ?? 0;
  if (marks > 1 || !/[?？呢]\s*$/.test(text.trim())) return false;
  const s = plainWords(text);
  if (s.length === 0 || s.split(' ').length > 6) return false;
  return EN.test(s) || ZH.test(s.replace(/ /g, ''));
}
