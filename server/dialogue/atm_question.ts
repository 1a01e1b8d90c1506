/**
 * "在ATM上能换吗" / "can i do it at the atm" after an answer (buying foreign currency): whether the thing just
 * answered can be done at a cash machine. Alone the words get the ATM withdrawal limits. Asked again after the
 * last question, they are answered with the lines on ATMs of the best match that has any, while the combined
 * question stays on the last subject: the last article's own lines on ATMs, or, when it says nothing of them,
 * those of the next article on that subject ("借记卡可以在境外带银联标识的ATM提取当地货币" for foreign currency), not
 * the withdrawal limits (`follow_up_context.ts`).
 */
import type { Locale } from '../protocol/protocol.ts';
import { articleExcerpt } from './article_excerpt.ts';
import { plainWords } from './cancel_phrases.ts';

const ZH_AT_ATM =
  /^(?:那|那么|请问)?(?:在|用|去|到)?(?:atm|取款机|自助取款机|柜员机|自助机)机?(?:上|里)?面?也?(?:能|可以|可不可以|能不能)?(?:换钱|换|兑换|取钱|取现|取|存钱|存现|存|买|办理|办|弄|操作)?(?:吗|么|嘛|不)?$/u;
const EN_AT_ATM =
  /^(?:(?:and|so|but|ok|okay|also) )?(?:(?:can|could|may) (?:i|we|you) (?:do|get|exchange|change|buy|withdraw|take out|deposit|pay in) (?:(?:it|that|this|them|one|some|those|money|cash) )?|is (?:it|that) possible )?(?:at|from|with|on|using|through|via) (?:an?|the) (?:atm|cash machine|cashpoint)s?(?: too| as well| instead)?$/;

/** Whether a short question asks if the last subject can be done at a cash machine, and nothing more. */
export function asksAboutAnAtm(text: string): boolean {
  const s = plainWords(text);
  if (s.length === 0) return false;
  return /\p{Script=Han}/u.test(s) ? ZH_AT_ATM.test(s.replace(/ /g, '')) : EN_AT_ATM.test(s);
}

const NAMES_ATM = /ATM|取款机|柜员机|自助机|\b(?:cash machines?|cashpoints?)\b/i;

/** Whether an article's answer speaks of cash machines at all. */
export function speaksOfAtms(answer: string): boolean {
  return NAMES_ATM.test(answer);
}

/**
 * The lines of an answer on cash machines, a lead-in among them ("…can withdraw local currency at ATMs abroad
 * …:", said with a full stop); null when every line is (the whole answer is) or none.
 */
export function atmLines(answer: string, locale: Locale): string | null {
  return articleExcerpt(answer, locale, (line) => NAMES_ATM.test(line), { leadIns: true });
}
