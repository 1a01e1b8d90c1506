/**
 * A relationship said before a payee's name: 转给我妈王秀英500, 给我爸李建国转1000, 转500给我姐姐张丽, send 500 to my
 * mom Jane Smith. The relationship is who they are to the customer, not part of their name: the name starts
 * after it. Before, the name rules counted from the relationship on and kept its first characters (我妈王秀),
 * and "my" ended an English name before it began.
 *
 * These only say how long the lead is; whether a name follows it is the caller's to judge (转给我妈500 has a
 * lead and no name: the payee is then the relationship, which the transfer asks the name for).
 */
import { RELATIONS } from './relationships.ts';

const byLength = (words: string[]): string[] => [...new Set(words)].sort((a, b) => b.length - a.length);
const ZH_WORDS = byLength(RELATIONS.flatMap((r) => r.zhWords));
const EN_WORDS = byLength(RELATIONS.flatMap((r) => r.enWords));
const ZH_OWNER = '(?:我的|我们的|我家的?|自己的|我|咱家?的?|俺家?的?)';

/**
 * A pattern (no groups) for the lead. With 我 / 我的 in front any relationship word; without it only one of two characters or more (妈妈王秀英,
 * 老婆张丽), since a lone 姨 or 叔 may begin something else.
 */
export const ZH_RELATIONSHIP_LEAD = `(?:${ZH_OWNER}(?:${ZH_WORDS.join('|')})|(?:${ZH_WORDS.filter((w) => w.length >= 2).join('|')}))`;
const ZH_LEAD = new RegExp(`^${ZH_RELATIONSHIP_LEAD}`, 'u');
const EN_LEAD = new RegExp(
  `^(?:my|our)\\s+(?:${EN_WORDS.map((w) => w.replace(/[- ]/g, '[- ]')).join('|')})\\s+`,
  'iu',
);

/** How many characters of `text` from `at` are a relationship before a Chinese name (0 when none). */
export function zhRelationshipLead(text: string, at: number): number {
  return ZH_LEAD.exec(text.slice(at))?.[0].length ?? 0;
}

/** How many characters of `text` from `at` are "my mom " before an English name (0 when none). */
export function enRelationshipLead(text: string, at: number): number {
  return EN_LEAD.exec(text.slice(at))?.[0].length ?? 0;
}

/** Whether a word on its own is a relationship (so no name after a lead: 我弟媳妇 is not 弟 + 媳妇). */
export function isRelationshipWord(word: string): boolean {
  return ZH_WORDS.includes(word) || EN_WORDS.includes(word.toLowerCase());
}
