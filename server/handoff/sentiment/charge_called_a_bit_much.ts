/**
 * A charge the bank took, called "a bit much" in a polite understatement: "charging me a $15 maintenance fee on an
 * account with $40 in it seems a bit much, no?", "that overdraft charge is a little steep", "扣了我50块年费，是不是有点
 * 过分了", "收我这么多手续费，未免有点多了吧". The model reads the politeness as calm; the understatement about a charge
 * already taken is the grievance. A fee asked about ahead ("would a $15 monthly fee be a bit much for a student
 * account?", "如果收年费会不会有点贵") is a question, and a shop's price is not the bank's.
 */
import { ruleText } from '../rule_text.ts';

/** The charge taken from the customer: "charging me", "charged", "took", 扣了我, 收我, 被扣. */
const TAKEN =
  /(扣|收|划)(了)?我|被(扣|收)|扣了|收了|\b(charg(ing|ed) me|charged|took|taken|taking|deduct(ed|ing)|hit me with|billed me|slapped)\b/;

/** A fee or a charge of the bank's kind. */
const CHARGE =
  /年费|手续费|管理费|服务费|短信费|账户费|罚息|滞纳金|违约金|利息|费用|\b(fees?|charges?|interest|penalty|penalties)\b/;

/** The understatement. */
const UNDERSTATED =
  /(是不是|未免|有点|有些|稍微)(有点|有些)?(过分|多了|太多|狠|贵了|离谱|不合理)|\b(a (bit|little|tad|touch) (much|steep|rich|excessive|harsh|high|unfair)|rather (steep|excessive|much)|bit of a stretch|not (exactly|really|quite) fair)\b/;

/** Asked ahead, or about what a fee would be: "would", "if", "会不会", "如果". */
const AHEAD = /如果|假如|会不会|是否会|\b(would|if|will there be|planning|thinking of|before i)\b/;

/** The bank's charge taken, called a bit much (see the file comment). */
export function isChargeCalledABitMuch(text: string): boolean {
  const lower = ruleText(text);
  return TAKEN.test(lower) && CHARGE.test(lower) && UNDERSTATED.test(lower) && !AHEAD.test(lower);
}
