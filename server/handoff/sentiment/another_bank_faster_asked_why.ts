/**
 * Asking why the bank is slower or dearer than another bank that does it at once: "Why does a transfer to Poland take
 * a week when my friend's bank does it in minutes? honest question", "为什么汇到国外要五天，我朋友的银行当天就到". The
 * comparison makes the "why" a reproach, however curious the customer says they are. The same question without the
 * other bank ("why does it take 5 days to India?") is a question, and so is whether this bank offers what another does.
 * The slowness told as endless instead of a "why" is the same reproach (dec49): "Transfers take ages with you guys, my
 * old bank did them instantly", "你们转账慢得要命，我别的银行当天就到".
 */
import { ruleText } from '../rule_text.ts';

const WHY_ZH = /为什么|为啥|凭什么|怎么/;
const OTHER_ZH =
  /(别的|别家|其他|人家|隔壁|我\S{0,3}的)银行|(我朋友|我同事|我家人|我表[哥姐弟妹]|我堂[哥姐弟妹])(的|用的|那家)?(银行|卡)/;
const AT_ONCE_ZH = /(当天|当场|秒到|几分钟|马上|立刻|实时|免费|不收)/;

const WHY_EN = /\bwhy (does|do|is|are|did|has|must|should|would|can't|won't|doesn't)\b/;
const OTHER_EN =
  /\b(when|while|whereas|but|yet) (my|every|any|other|another|the other) ?(\w+'s |\w+ )?(old |other |previous )?banks?\b[^.?]{0,40}\b(same day|same-day|instantly|in (seconds|minutes)|in \d+ (seconds|minutes|hours)|overnight|for free|free|next day|right away|straight away)\b/;

/** The bank's own slowness called endless ("takes forever with you lot", 慢得要命), said of the bank. */
const ENDLESS_EN =
  /\b(takes?|taking|took) (forever|ages|an age|a lifetime|donkey'?s years)\b[^.?!]{0,30}\b(with )?(you|you lot|you guys|your bank|this bank|here)\b|\b(you|you lot|you guys)\b[^.?!]{0,20}\b(take|takes|taking) (forever|ages|an age)\b/;
const ENDLESS_ZH =
  /你们[^，。！？,.!?]{0,10}(慢得要命|慢死了|慢吞吞|磨磨蹭蹭|等到天荒地老|要等到猴年马月|猴年马月)/;
/** Another bank of the customer's that does it at once, told flatly ("my other bank does it next day"). */
const MY_OTHER_BANK_EN =
  /\b(my|every|any|the) (other|old|previous|last|second) banks?\b[^.?!]{0,40}\b(same day|same-day|instantly|in (seconds|minutes)|in \d+ (seconds|minutes|hours)|overnight|next day|right away|straight away)\b/;

/** "why… when my cousin's bank does it same day?" (see the file comment). */
export function isAnotherBankFasterAskedWhy(text: string): boolean {
  const lower = ruleText(text);
  if (WHY_EN.test(lower) && OTHER_EN.test(lower)) return true;
  // "takes forever with you lot, my other bank does it next day" (dec49).
  if (ENDLESS_EN.test(lower) && (OTHER_EN.test(lower) || MY_OTHER_BANK_EN.test(lower))) return true;
  const other = OTHER_ZH.exec(lower);
  if (other === null || !AT_ONCE_ZH.test(lower.slice(other.index))) return false;
  return WHY_ZH.test(lower) || ENDLESS_ZH.test(lower);
}
