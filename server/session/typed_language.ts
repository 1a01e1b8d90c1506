/**
 * The language a customer typed in, when it clearly differs from the session's: a Mandarin message in an
 * English session ("我想查余额") is answered in Mandarin, and a plain English sentence in a Mandarin session
 * ("what are your opening hours") in English, instead of an out-of-scope apology in the wrong language.
 *
 * Only clear cases switch: Mandarin needs at least two Han characters outweighing the Latin letters
 * (so "transfer 500 to 张伟" stays English and "我被 scam 了" is Mandarin); English needs no Han at all and
 * at least two words of ten letters or more in total (so "ok", "USD" or "hi there" keep the session's
 * language). Digits and punctuation count for neither.
 */
import type { Locale } from '../protocol/protocol.ts';

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[A-Za-z]+(?:'[A-Za-z]+)?/g;

export function typedLanguage(text: string): Locale | null {
  const han = text.match(HAN)?.length ?? 0;
  const words = text.match(LATIN_WORD) ?? [];
  const letters = words.reduce((n, w) => n + w.length, 0);
  if (han >= 2 && han * 2 >= letters) return 'zh-CN';
  if (han === 0 && words.length >= 2 && letters >= 10) return 'en';
  return null;
}
