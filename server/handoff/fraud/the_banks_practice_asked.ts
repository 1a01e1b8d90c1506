/**
 * Whether the bank's own staff would do what scammers do, asked: "你们的客服会不会打电话让我转账？", "你们工作人员一般会不会
 * 上门让我取钱". Someone "calling and telling me to transfer" in such a clause is the bank's practice in question, not a
 * story of the customer's, as in a conditional clause (scam_question.ts). A clause that tells what someone did ("你们客服
 * 打电话让我转账") has no 会不会 and stays a story.
 */

/** "(你们|银行)(的)?(客服|工作人员…)会不会…" to the end of its clause. */
const BANKS_PRACTICE_ASKED =
  /(你们|银行|贵行|你行)(的)?(客服|工作人员|员工|柜员|经理|人)?(一般|平时|真的|到底)?(会不会|是不是会|会否)[^，。！？；,.!?;]*/gu;

/** The text with every question whether the bank's staff would do something taken out. */
export function withoutBanksPracticeAsked(lower: string): string {
  return lower.replace(BANKS_PRACTICE_ASKED, ' ');
}
