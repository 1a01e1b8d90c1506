/**
 * Chinese names typed in lowercase pinyin ("zhang wei", "li na", "wang xiaoming"): English name rules take a
 * lowercase word as a one-word name, so "send 500 to zhang wei" would find only "zhang". A lowercase word
 * runs on into the next one when the first is a common surname and the next spells one or two pinyin
 * syllables (and is not an English number word such as "ten").
 */

const SURNAMES = new Set(
  (
    'wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng xie ' +
    'han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei xue ye yan ' +
    'pan du dai xia zhong tian ren fan fang shi yao tan liao zou xiong jin hao kong bai cui kang mao qiu qin ' +
    'gu hou shao meng long wan duan qian yin yi chang qiao lai lei ou ni niu geng mo bao hong an'
  ).split(' '),
);

const SYLLABLE =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|ve|a|o|e|i|u|v)';
const GIVEN_NAME = new RegExp(`^(?:${SYLLABLE}){1,2}$`);

const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten hundred thousand million k w'.split(' '),
);

/** True when `first second` reads as a lowercase pinyin full name (surname, then given name). */
export function isPinyinFullName(first: string, second: string): boolean {
  return (
    first === first.toLowerCase() &&
    second === second.toLowerCase() &&
    SURNAMES.has(first) &&
    !NUMBER_WORDS.has(second) &&
    GIVEN_NAME.test(second)
  );
}
