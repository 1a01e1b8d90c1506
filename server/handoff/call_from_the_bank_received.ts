/**
 * A call from the bank's hotline, customer service or a member of staff that the customer received, answered or
 * missed, told as a report: "刚接到你们客服热线打来的电话，说利率下个月调整", "接了你们客户经理的电话，说理财到期了",
 * "你们热线打过来我没接到". The staff word in it names who called, not a person asked for now
 * (`explicit_request.ts` reads the message without it). An ask beside it is read as before ("…能让她再打给我吗" names
 * a person by pronoun only when asked for; "帮我转人工" is an ask).
 */

/** The call received: who called (the bank's hotline, customer service, staff) and the call itself. */
const CALL_RECEIVED =
  /(刚|刚才|刚刚|昨天|今天|上午|下午|早上|晚上)?(接到|接了|收到|错过|漏接)(了)?(一个|一通|个)?(你们|银行|贵行)?(的)?(人工客服|在线客服|客服热线|客服中心|客服|热线|信用卡中心|客户经理|理财经理|工作人员|专员)(热线|中心)?(打来|打过来|来)?(的)?(电话|来电)|(你们|银行|贵行)(的)?(人工客服|客服热线|客服|热线|信用卡中心|客户经理|工作人员|专员)(热线|中心)?(打来|打过来|回电|来电)(了)?(的)?(电话)?/g;

/**
 * A call received from someone who says they are a department of the bank ("我妈老接到说是啥信用卡中心的", "总接到自称
 * 银行贷款部的电话"): 接到 is the call received, not "put me through to" (帮我转接到信用卡中心 is an ask).
 */
const CALL_SAID_TO_BE_FROM_THE_BANK =
  /(接到|接了|接过|收到)(了|过)?[^，。！？,.!?]{0,6}(自称|说是|号称|声称|冒充)(是)?[^，。！？,.!?]{0,12}?(中心|部门|团队|专线|热线|客服|工作人员|专员|客户经理)(打来|打过来)?(的)?(电话|来电)?/g;

/** The text without a call from the bank the customer received (see the file comment). */
export function withoutCallFromTheBankReceived(lower: string): string {
  return lower.replace(CALL_SAID_TO_BE_FROM_THE_BANK, ' ').replace(CALL_RECEIVED, ' ');
}
