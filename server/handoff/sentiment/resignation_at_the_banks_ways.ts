/**
 * Resignation at the bank's ways, said before a plain ask: "你们爱怎么扣怎么扣吧，我就问问余额", "随你们便吧，反正…", "I've
 * stopped counting how often the app logs me out", "I've lost count of the calls", "I'm worn out. Four calls for one card
 * limit. Can we please get it done.". The customer has given up arguing; the grievance is in the giving up. Being tired
 * of one's own day ("I'm exhausted after work, what's my balance?") counts no visits or calls to the bank and is none.
 */
import { ruleText } from '../rule_text.ts';

const WHATEVER_ZH =
  /爱(咋|怎么|怎样)(\p{Script=Han})(就)?(咋|怎么|怎样)\2吧|随(你们|便你们|你们的)便吧|你们看着(办|收|扣)吧/u;
const STOPPED_COUNTING_EN =
  /\bi'?ve (stopped|given up|quit) counting\b|\bi'?ve lost count of (how|the)\b|\b(stopped|lost) count(ing)? (how|of how) (often|many times)\b/;
const WORN_OUT_EN = /\b(i'?m|i am) (exhausted|worn out|drained|so tired|knackered|done)\b/;
const COUNTED_ORDEAL_EN =
  /\b(two|three|four|five|six|seven|\d+) (branch visits|visits|trips|calls|phone calls|attempts|tries|forms|appointments)\b[^.!?]{0,30}\bfor (one|a single|a simple|just one)\b/;

/** "爱咋收咋收吧", "I've stopped counting how often…", "I'm exhausted. Three visits for one…" (see the file comment). */
export function isResignationAtTheBanksWays(text: string): boolean {
  const lower = ruleText(text);
  return (
    WHATEVER_ZH.test(lower) ||
    STOPPED_COUNTING_EN.test(lower) ||
    (WORN_OUT_EN.test(lower) && COUNTED_ORDEAL_EN.test(lower))
  );
}
