/**
 * The same failure told as a pattern, the period repeated like a drumbeat: "Every month the same thing. Every month I
 * call. Every month someone promises it's fixed. It is never fixed.", "每个月都这样，每个月都打电话，每次都说好了，还是老
 * 样子". Three times "every month" beside a word of failure is the grievance, however flat the words. A list of the
 * customer's own regular errands ("every month I pay rent, every month the phone bill, can I automate them?") names no
 * failure and stays with the assistant.
 */
import { ruleText } from '../rule_text.ts';

const EVERY_EN = /\bevery (single )?(time|day|week|month|quarter|year|statement|bill)\b/g;
const EVERY_ZH = /每(一)?(个月|次|回|周|星期|天|年|季度)(都)?/g;

/** A word of the same failure back: never fixed, same thing, again, still; 又, 还是, 老样子, 没好. */
const FAILURE =
  /\b(never|same thing|same problem|same story|same issue|again|still|promis\w*|broken|wrong|fail\w*)\b|又|还是|老样子|没(好|修好|解决|用)|一样的(问题|事)/;

/** The period said at least three times beside a word of failure (see the file comment). */
export function isSameThingEveryTime(text: string): boolean {
  const lower = ruleText(text);
  const count = (lower.match(EVERY_EN) ?? []).length + (lower.match(EVERY_ZH) ?? []).length;
  return count >= 3 && FAILURE.test(lower);
}
