/**
 * Asking why the bank is slower or dearer than another bank that does it at once: "Why does a transfer to Poland take
 * a week when my friend's bank does it in minutes? honest question", "为什么汇到国外要五天，我朋友的银行当天就到". The
 * comparison makes the "why" a reproach, however curious the customer says they are. The same question without the
 * other bank ("why does it take 5 days to India?") is a question, and so is whether this bank offers what another does.
 */
import { ruleText } from '../rule_text.ts';

const WHY_ZH = /为什么|为啥|凭什么|怎么/;
const OTHER_ZH =
  /(别的|别家|其他|人家|隔壁|我\S{0,3}的)银行|(我朋友|我同事|我家人|我表[哥姐弟妹]|我堂[哥姐弟妹])(的|用的|那家)?(银行|卡)/;
const AT_ONCE_ZH = /(当天|当场|秒到|几分钟|马上|立刻|实时|免费|不收)/;

const WHY_EN = /\bwhy (does|do|is|are|did|has|must|should|would|can't|won't|doesn't)\b/;
const OTHER_EN =
  /\b(when|while|whereas|but|yet) (my|every|any|other|another|the other) ?(\w+'s |\w+ )?(old |other |previous )?banks?\b[^.?]{0,40}\b(same day|same-day|instantly|in (seconds|minutes)|in \d+ (seconds|minutes|hours)|overnight|for free|free|next day|right away|straight away)\b/;

/** "why… when my cousin's bank does it same day?" (see the file comment). */
export function isAnotherBankFasterAskedWhy(text: string): boolean {
  const lower = ruleText(text);
  if (WHY_EN.test(lower) && OTHER_EN.test(lower)) return true;
  const other = OTHER_ZH.exec(lower);
  return other !== null && WHY_ZH.test(lower) && AT_ONCE_ZH.test(lower.slice(other.index));
}
