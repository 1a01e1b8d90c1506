/**
 * Irony about the bank's timing: "Funny how the rate drops the week after I sign up", "amazing how the fee appears
 * right after I switch", "真巧啊，我刚存进去利率就降了", "也是巧了，我前脚签完合同后脚就涨息". The remark points at a change
 * that always goes against the customer. "Funny how time flies, can I renew my deposit?" names no "after" and is
 * no irony about the bank.
 */
import { ruleText } from '../rule_text.ts';

const IRONY_EN =
  /\b(funny|amazing|interesting|strange|odd|curious|convenient|remarkable) how\b[^.!?]{0,80}\b(after|as soon as|right when|just as|the (day|week|month) (after|before))\b/;
const IRONY_ZH = /(真巧|好巧|巧了|也是巧|真是巧|可真巧)[^]{0,30}(刚|前脚|一)[^，。！？]{0,15}(就|后脚|马上)/;

/** An ironic remark about when the bank changed something (see the file comment). */
export function isIronicTiming(text: string): boolean {
  const lower = ruleText(text);
  return IRONY_EN.test(lower) || IRONY_ZH.test(lower);
}
