/**
 * An article far ahead of every other in a long spoken question, though under the floor a clear lead needs
 * (`clear_lead.ts`): "我金卡每年扣十块钱 这个怎么样才能不扣啊" (the account-fees article 0.14, the next 0.06), "那个动账
 * 短信 怎么设置超过一千块才发 小钱就别发了" (transaction alerts 0.17, the next 0.06). Said at the lobby screen, a
 * question comes with the customer's circumstances and asides, and every word the articles do not hold lowers
 * the top score, not the lead: the fallback ("that is outside what I can help with") answered a question one
 * article plainly answers. Only in a message the intent model finds banking (`MAX_OUT_OF_SCOPE`), so chit-chat
 * that happens to share a word with one article still gets the fallback.
 */
import type { FaqHit, Understanding } from '../nlu/understanding.ts';
import { LEAD_FLOOR, LEAD_RATIO } from './clear_lead.ts';
import { MAX_OUT_OF_SCOPE } from './in_scope_lead.ts';

/** The least score the leading article needs in a long question. */
export const LONG_LEAD_FLOOR = 0.12;
/** Han characters that make a Mandarin message long. */
const LONG_HAN = 18;
/** Words that make an English message long. */
const LONG_WORDS = 14;

/** Whether the message is a long spoken question (many Han characters or many words). */
export function isLongQuestion(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han > 0) return han >= LONG_HAN;
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= LONG_WORDS;
}

export function longQuestionLead(u: Pick<Understanding, 'intent' | 'faq' | 'text'>): FaqHit | null {
  const oos = u.intent.outOfScopeConfidence;
  if (oos === undefined || oos >= MAX_OUT_OF_SCOPE || !isLongQuestion(u.text)) return null;
  const [top, next] = u.faq;
  if (!top || top.score < LONG_LEAD_FLOOR || top.score >= LEAD_FLOOR) return null;
  return top.score >= LEAD_RATIO * (next?.score ?? 0) ? top : null;
}
