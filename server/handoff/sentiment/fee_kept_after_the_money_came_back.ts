/**
 * The money came back and the bank's fee did not: "The payment bounced back. The charge didn't.", "they returned the
 * transfer but kept the fee", "挺好，汇出去的款退回来了，手续费没退", "钱原路退回了，手续费倒是照扣". Told flatly, it is a
 * grievance about being charged for nothing. A question whether the fee comes back too ("钱退回来了，手续费会退吗",
 * "will the fee be refunded as well?") is no grievance: it asks.
 */
import { ruleText } from '../rule_text.ts';

const CAME_BACK_EN =
  /\b(money|payment|transfer|wire|funds|cash|deposit|it)\b[^.!?]{0,30}\b(bounced|came|was (sent|returned|refunded|reversed)|got (sent|returned|refunded)|(has|have) been (returned|refunded|reversed)|returned|reversed|refunded)\b/;
const FEE_KEPT_EN =
  /\b(the |your |their )?(fee|charge|commission)s?\b(?:(?! if | when | unless )[^.!?]){0,12}\b(didn'?t|did not|wasn'?t|was not|hasn'?t|has not|stayed|stays|is still (gone|taken|there))\b|\bkept (the|my|their|your) (fee|charge|commission)\b|\bbut not the (fee|charge|commission)\b/;

const CAME_BACK_ZH = /(钱|款|转账|汇款|资金)[^，。！？]{0,8}(退|返|打)(回|还)?(来)?了/;
const FEE_KEPT_ZH =
  /(手续费|服务费|费用)[^，。！？吗]{0,4}((没|没有|不)(给)?(退|返|还)(回来)?|照(扣|收)|还是(扣|收)了)(?![^，。！？]{0,4}(吗|么|不))/;

/** The money returned beside a fee kept, told rather than asked (see the file comment). */
export function isFeeKeptAfterTheMoneyCameBack(text: string): boolean {
  const lower = ruleText(text);
  if (/[?？]\s*$/.test(lower) && !/不$|没$/.test(lower)) return false;
  return (
    (CAME_BACK_EN.test(lower) && FEE_KEPT_EN.test(lower)) ||
    (CAME_BACK_ZH.test(lower) && FEE_KEPT_ZH.test(lower))
  );
}
