/**
 * The amount a message means when it names more than one: the one not said as the amount that is wrong.
 * "no, 300 not 3000", "make it 300 instead of 3000", "send 300 rather than 3000", "not 3000, 300",
 * "不是3000，是300", "是300不是3000", "不要转3000了，转300", "3000不对，是300": 300. Taking simply the last amount
 * kept ¥3,000 for "300 not 3000", and "confirm" then sent it. Otherwise the last amount wins ("3000? no, 300").
 * An amount said only as the wrong one ("not 3000") gives none: the flow keeps what it had and asks again.
 */
import type { Entity } from '../protocol/protocol.ts';

/** Right before an amount, words that say it is not the one meant. */
const NOT_BEFORE = [
  /\b(?:not|instead\s+of|rather\s+than|isn'?t|wasn'?t|no\s+longer|(?:do\s*n'?o?t|don'?t)\s+(?:send|transfer|pay))\s+(?:(?:send|transfer|pay)(?:ing)?\s+)?(?:the\s+)?$/iu,
  // Not "要不转3000吧" (how about 3000) nor "是不是3000" (a question).
  /(?:(?<![要是])不是|并非|(?<!要)不要|别|(?<![要是])不)(?:转|付|缴|交|汇|打)?(?:了)?\s*$/u,
];
/** Right after an amount, words that say it was wrong: "3000不对", "3000 is wrong". */
const WRONG_AFTER = /^\s*(?:不对|错了|有误|\bis\s+wrong\b|\bwas\s+wrong\b)/iu;

/** Whether the amount at this span is said as the one not meant. */
function saidAsWrong(text: string, amount: Entity): boolean {
  const before = text.slice(Math.max(0, amount.start - 24), amount.start);
  const after = text.slice(amount.end, amount.end + 12);
  return NOT_BEFORE.some((re) => re.test(before)) || WRONG_AFTER.test(after);
}

/** Of the amounts heard in `text` (in order), the one meant, or undefined when none is. */
export function meantAmount(text: string, amounts: readonly Entity[]): Entity | undefined {
  if (amounts.length <= 1) return amounts.find((a) => !saidAsWrong(text, a));
  return amounts.filter((a) => !saidAsWrong(text, a)).at(-1);
}
