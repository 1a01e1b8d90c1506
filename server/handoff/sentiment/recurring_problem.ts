/**
 * The same problem back again ("blocked again", "Payment failed. Again.", "another code that never came",
 * "密码又重置失败了", "卡又被锁了"): a recurrence the customer has to live with, not a first report. Only a
 * problem word next to the "again" marker counts: "I need to reset my password again" or "我又忘了密码" (the
 * customer's own doing, no fault of the bank) do not.
 */

const PROBLEM_EN =
  '(blocked|declined|failed|failing|fails|locked( out)?|frozen|crashed|crashing|bounced|rejected|logged me out|kicked me out|timed out|down|not working|stopped working|broken|broke)';
const PROBLEM_ZH =
  '(失败|被锁|锁了|锁住|冻结|被冻|闪退|报错|出错|被拒|拒了|登不上|用不了|打不开|卡住|崩了|挂了|扣错)';

const RECURRING = new RegExp(
  `\\banother\\b[^.?!,]{0,24}\\b(that|which)( has)? (never (arrives|arrived|comes|came|shows up|turned up|works)|${PROBLEM_EN})\\b|` +
    `\\b${PROBLEM_EN}\\b[,.!]?\\s*(yet )?again\\b|\\b(yet )?again\\b,? (it'?s |it |the \\w+ )?(is |was |got |has )?${PROBLEM_EN}\\b` +
    `|又[^，。！？,.!?吗]{0,8}${PROBLEM_ZH}|${PROBLEM_ZH}[^，。！？,.!?]{0,2}又`,
  'g',
);

/** A sentence that asks ("is it blocked again?", "卡是不是又被锁了"). */
const ASKS = /[?？]|吗|是不是/;

/** The sentence around an offset, with its closing punctuation. */
function sentenceAt(lower: string, at: number): string {
  const from = Math.max(...['.', '!', '?', '。', '！', '？'].map((p) => lower.lastIndexOf(p, at - 1))) + 1;
  const rest = lower.slice(at).search(/[.!?。！？]/);
  return lower.slice(from, rest < 0 ? lower.length : at + rest + 1);
}

/** A problem told as back again, in a sentence that does not ask whether it is. */
export function recurringProblem(lower: string): boolean {
  return [...lower.matchAll(RECURRING)].some((m) => !ASKS.test(sentenceAt(lower, m.index)));
}

/** Score added for a problem back again. */
export const RECURRENCE_PENALTY = -0.5;
