/**
 * A question about what would happen if something were done ("冻结之后还能用支付宝吗", "挂失以后卡里的钱还在吗",
 * "if I freeze it, can I still use Apple Pay?", "what happens if I freeze my card?", "will freezing it stop my
 * direct debits?"): the customer is weighing the action, not asking for it. The intent model hears the action
 * (a freeze at 97%), and during a loss report such a question switched to the freeze flow, which froze the
 * card at once. A request said as a question ("能帮我冻结吗", "can you freeze it if it's lost?") is still a
 * request.
 */
import { plainWords } from './cancel_phrases.ts';

/** The customer asks the assistant to do it, however politely. */
const ZH_REQUEST = /帮我|帮忙|麻烦|请你|请帮|给我|我要|我想要|我想|马上|赶紧|立刻/;
const EN_REQUEST =
  /\b(?:please|pls|can you|could you|would you|will you|i want|i wanna|id like|i would like|i need you|go ahead|lets|do it)\b/;

/** "如果冻结了…", "要是挂失…": a supposition, asked about. */
const ZH_SUPPOSE = /(?:如果|要是|假如|假设|万一|一旦)/;
/** "冻结之后还能…吗", "挂失以后钱还在吗": what is still possible or true after it. */
const ZH_AFTER =
  /(?:之后|以后|了后|后(?=还|能|会|是|可))[^，。！？,.!?]{0,12}?(?:还能|还可以|还会|还在|还有|还是|能不能|会不会|能否|是否|可不可以|会|能)/;
const ZH_ASKS = /[吗么呢嘛]\s*$|[?？]\s*$|能不能|会不会|可不可以|是否|能否|有没有/;

/** "if I freeze it", "what happens if", "once it's frozen", "after I report it": a supposition. */
const EN_SUPPOSE = /\b(?:if|what if|once|after (?:i|it|its|you|the|my|freezing|reporting|blocking))\b/;
/** "will freezing it stop…", "does blocking the card…": the action as the subject of the question. */
const EN_GERUND_SUBJECT = /^(?:will|would|does|do|is|can|could) \w+ing\b/;
const EN_ASKS = /^(?:what|will|would|does|do|did|is|are|can|could|should|how|if|once|after)\b/;

export function asksWhatWouldHappen(text: string): boolean {
  const s = plainWords(text);
  if (s.length === 0) return false;
  if (/\p{Script=Han}/u.test(s)) {
    const zh = s.replace(/ /g, '');
    if (ZH_REQUEST.test(zh) || !ZH_ASKS.test(text.trim())) return false;
    return ZH_SUPPOSE.test(zh) || ZH_AFTER.test(zh);
  }
  if (EN_REQUEST.test(s)) return false;
  const asked = /\?\s*$/.test(text.trim()) || EN_ASKS.test(s);
  return asked && (EN_SUPPOSE.test(s) || EN_GERUND_SUBJECT.test(s));
}
