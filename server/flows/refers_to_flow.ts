/**
 * A question asked mid-flow that leaves its subject to the flow: "what's the fee for that", "这笔要手续费吗",
 * "多久到账", "is it free?". Said during a transfer it is about the transfer; looked up on its own words it
 * lands on whatever article has a fee or a time in it (the credit card's annual fee). The flow engine looks
 * such a question up together with the flow's name. A social remark ("ok thanks", "谢谢", "你好") is short too,
 * but asks nothing: it leaves nothing to the flow (looked up with the flow's name, "ok thanks" found the
 * transfer limits).
 */
import { socialRemarkOf } from '../dialogue/social_remarks.ts';

const ZH_POINTS_BACK = /这笔|这个|那个|这次|这样|它|这钱|那笔/u;
const EN_POINTS_BACK = /\b(?:that|this|it)\b/i;
/** Few enough words that the question cannot have named its own subject. */
const ZH_SHORT = 8;
const EN_SHORT = 4;

export function leavesSubjectToFlow(text: string): boolean {
  const t = text.trim();
  if (socialRemarkOf(t)) return false;
  if (ZH_POINTS_BACK.test(t) || EN_POINTS_BACK.test(t)) return true;
  const han = t.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han > 0) return han <= ZH_SHORT;
  return t.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= EN_SHORT;
}
