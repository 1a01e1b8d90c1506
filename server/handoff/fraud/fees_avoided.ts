/**
 * A fee or a charge someone wants to avoid ("pay his UPI directly to avoid platform charges", "为了避免平台手续费直接
 * 转他卡上") is a reason given for a payment, not the customer asking how to avoid a scam: the word "avoid" (避免)
 * would otherwise read as a prevention question and stand the fraud rules down (scam_question.ts). The phrase is
 * put as "to skip the fees", which no cue reads. "How do I avoid scams" keeps its sense.
 */

const EN_FEES_AVOIDED =
  /\b(to |so as to |in order to |and )?(avoid|avoiding|dodge|dodging|save on|saving on)\s+((?!scam|fraud|phish|con\b)[\w.']+\s+){0,3}?(fees?|charges?|costs?|commissions?|tax(es)?|cut)\b/gu;
const ZH_FEES_AVOIDED =
  /(为了)?(避免|免得|以免|省(去|掉)?)(平台|银行|中间|第三方)?(的)?(手续费|服务费|抽成|扣费|费用|佣金|税)/gu;

/** The lower-cased message with fees or charges to be avoided put as "to skip the fees" (see the file comment). */
export function withoutFeesAvoided(lower: string): string {
  return lower.replace(EN_FEES_AVOIDED, ' to skip the fees ').replace(ZH_FEES_AVOIDED, '省费');
}
