/**
 * Hoops to get at one's own money: "why must I come in three times with a letter to take out my own savings",
 * "为啥取自己的钱还要跑三趟开证明". "My own money" beside being made to come, prove or wait is a grievance however calm.
 * A question how to withdraw ("can I withdraw my own savings at any branch?", "取自己的钱要带什么") names no hoop and
 * asks no "why".
 */
import { ruleText } from '../rule_text.ts';

const HOOPS_EN =
  /\bwhy (do|should|must|would) i (need|have) to\b[^?]{0,80}\bmy own (money|savings|cash|pension|funds|deposit)\b|\b(three|four|five|\d+) times\b[^.?!]{0,60}\bmy own (money|savings|cash|pension|funds)\b/;
const HOOPS_ZH =
  /(为啥|为什么|凭什么|怎么)[^，。！？]{0,30}(取|拿|用|动|提)(我)?自己的(钱|存款|养老金|退休金)|(取|拿|用|动|提)(我)?自己的(钱|存款|养老金|退休金)[^，。！？]{0,6}(还|都)(要|得)[^，。！？]{0,12}(跑|趟|证明|次|回)/;

/** One's own money behind hoops, told as a reproach (see the file comment). */
export function isHoopsForOnesOwnMoney(text: string): boolean {
  const lower = ruleText(text);
  return HOOPS_EN.test(lower) || HOOPS_ZH.test(lower);
}
