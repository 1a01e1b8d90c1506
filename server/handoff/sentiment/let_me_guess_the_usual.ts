/**
 * The bank's usual failure predicted before it is told: "Let me guess, my transfer is still 'processing'.", "don't
 * tell me the app is down again", 让我猜猜，又是“系统维护”吧, 猜都不用猜，肯定还在审核中. The trained model reads a status
 * question; the weary prediction is the grievance. A guess with nothing unchanged or repeated in it ("let me guess the
 * format - is the PIN six digits?", 我猜一下密码规则是六位数字吗) is no reproach.
 */
import { ruleText } from '../rule_text.ts';

const GUESS_EN = /\b(let me guess|don'?t tell me|i'?ll take a wild guess|no prizes for guessing)\b/;
const SAME_AS_EVER_EN =
  /\b(still|again|another|yet again|as usual|as always|same as|once more)\b|["'‘“](processing|pending|in progress|under review|being processed|scheduled maintenance|technical issue|system error|try again later)["'’”]/;

const GUESS_ZH = /(让我|我来)?猜猜|我猜一下|猜都不用猜|不用猜|不用说我也知道|闭着眼都知道/;
const SAME_AS_EVER_ZH =
  /还(是|在)|又|照样|依旧|依然|老样子|一如既往|[“"「](处理中|审核中|系统维护|系统升级|请稍后|稍后再试)/;

/** A weary prediction of the bank's usual failure (see the file comment). */
export function isLetMeGuessTheUsual(text: string): boolean {
  const lower = ruleText(text);
  return (
    (GUESS_EN.test(lower) && SAME_AS_EVER_EN.test(lower)) ||
    (GUESS_ZH.test(lower) && SAME_AS_EVER_ZH.test(lower))
  );
}
