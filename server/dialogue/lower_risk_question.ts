/**
 * "风险低一点的" / "有没有稳一点的" / "something lower risk?" after the article on wealth-product risk levels: the
 * article's lines on the low end of its scale (R1 cautious, R2 conservative) and on what even those are not
 * (not deposits, not principal-guaranteed, can lose money), not the whole article again, nor, in English, its
 * first line only, which merely holds the word "risk" (`follow_up_context.ts`).
 */
import type { Locale } from '../protocol/protocol.ts';
import { articleExcerpt } from './article_excerpt.ts';
import { plainWords } from './cancel_phrases.ts';

/** Lower risk asked for: 风险低一点, 低风险, 稳一点, 更保守, 更安全. */
const ZH_LOWER =
  /(?:风险|波动)(?:更|再|比较|稍微|稍)?(?:低|小)|低风险|(?:稳|稳健|保守|安全)(?:一点|一些|点|些)|(?:更|再|比较)(?:稳|稳健|保守|安全)/u;
const EN_LOWER =
  /\b(?:lower|less|low|least|smaller)[- ]risk\b|\bless risky\b|\bsafer\b|\bmore (?:conservative|cautious)\b|\b(?:safe|conservative|cautious) (?:ones?|options?|products?)\b/;
/** Longest follow-up read so: a longer message is a question of its own. */
const MAX_ZH_CHARS = 12;
const MAX_EN_WORDS = 8;

/** Whether a short message asks for something lower in risk than what was just described. */
export function asksForLowerRisk(text: string): boolean {
  const s = plainWords(text);
  if (s.length === 0) return false;
  if (/\p{Script=Han}/u.test(s)) {
    const zh = s.replace(/ /g, '');
    return zh.length <= MAX_ZH_CHARS && ZH_LOWER.test(zh);
  }
  return s.split(' ').length <= MAX_EN_WORDS && EN_LOWER.test(s);
}

/**
 * A line on the low end of a risk scale: R1 or R2 named on their own (not the bounds of a range, "R1至R5",
 * "R1 to R3"), or what a wealth product is not (不是存款, 不保本, "not deposits", "not principal-guaranteed").
 */
const LOW_END =
  /\bR[12]\b(?!\s*(?:至|到|-|–|~|to)\s*R\d)|不是存款|不保本|\bnot deposits\b|\bnot principal-guaranteed\b/i;

/** The article's lines on its lowest risk levels; null when it has none (or only such lines). */
export function lowerRiskLines(answer: string, locale: Locale): string | null {
  return articleExcerpt(answer, locale, (line) => LOW_END.test(line));
}
