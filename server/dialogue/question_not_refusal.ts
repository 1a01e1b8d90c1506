/**
 * A message the intent model hears as the deny intent ("no") that is a question or a problem told, never a
 * bare "no": "网银转钱免不免费" (deny 0.98), "多大岁数就贷不了了", "美元存款保不保", "OTP not arriving", "otp not
 * coming", "ebill not in email". The words 不 / "not" made them a "no", and the customer got "好的，没问题。还有
 * 其他需要帮忙的吗？". Asked with a yes-or-no pair (免不免费, 扣不扣, 能不能, 有没有), a question word or mark, or
 * telling what has not come or does not work, the message is read without the deny intent.
 *
 * A real refusal has none of these: "不用了", "不要", "不了，谢谢", "no thanks", "nope, not now", "I don't want
 * to transfer" (short_answers.ts and declined_request.ts take those first).
 */
import { plainWords } from './cancel_phrases.ts';

/** A yes-or-no pair (免不免费, 保不保, 扣不扣, 能不能, 有没有) or a question word or particle. */
const ZH_QUESTION =
  /(\p{Script=Han})[不没]\1|[吗么呢嘛][啊呀]?$|多大|多少|多久|几[个天岁点次]|什么|啥|咋|怎么|怎样|如何|为什么|为何|哪|谁|是否|能否/u;
/** A question asked with its word order or a mark. */
const EN_QUESTION =
  /^(?:what|why|how|when|where|which|who|whose|is|are|was|were|do|does|did|can|could|will|would|should|may|shall|am|has|have)\b/;
/** Something that has not come or does not work: a problem told, not a "no". */
const EN_PROBLEM =
  /\b(?:not|never|nt|hasnt|havent|didnt|doesnt|isnt|wont|cant)\s+(?:\w+\s+)?(?:arriv\w*|com\w*|came|received?|recieved?|receiving|get|getting|got|working|work|show\w*|load\w*|sent|send\w*|in (?:my |the )?(?:email|inbox|mail|app|account))\b|\bno (?:otp|code|sms|text|email|message|signal|refund)\b/;

/** Only refusing words, repeated or with thanks: "没有没有", "不用不用，谢谢". */
const ZH_ONLY_REFUSAL = /^(?:不|没|没有|不是|不要|不用|不了|不行|算了)+(?:了|啦|吧|呀|谢谢|谢了|谢谢你)*$/u;

/** Whether a message heard as "no" asks something or tells a problem rather than refusing. */
export function asksRatherThanRefuses(text: string): boolean {
  const s = plainWords(text);
  if (ZH_ONLY_REFUSAL.test(s.replace(/ /g, ''))) return false;
  if (/[?？]/.test(text)) return true;
  if (s.length === 0) return false;
  if (/\p{Script=Han}/u.test(s)) return ZH_QUESTION.test(s.replace(/ /g, ''));
  return EN_QUESTION.test(s) || EN_PROBLEM.test(s);
}
