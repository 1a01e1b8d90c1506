/**
 * A failure of the bank's told, then a curt order to put it right: "card got declined at the emergency vet. fix this
 * please.", "the app logged me out mid-payment again. sort it out.", "卡又被锁了，赶紧给我解决". The model reads the
 * "please"; a bare order closing the message is the grievance. A question ("can you fix this?", "能帮我处理一下吗") asks
 * for help and is no order.
 */
import { ruleText } from '../rule_text.ts';

/** The order closing the message, not a question. */
const ORDER_EN = /(^|[.!,;]\s*)(fix|sort) (this|it)( out)?( for me)?( please| now| asap| today)?[.!]*$/;
const ORDER_ZH = /(赶紧|马上|立刻|快点|立马)(给我)?(处理|解决|弄好|修好|恢复)(一下|好)?(啊|吧)?[!！。]*$/;

/** Something of the bank's that failed: a decline, a block, a crash. */
const FAILURE =
  /\b(declined|blocked|frozen|locked|crashed|logged me out|failed|bounced|rejected|not working|stopped working)\b|被拒|拒绝|锁了|被锁|冻结|冻了|闪退|失败|扣了|刷不了|用不了|登不上/;

/** A failure then a curt order to fix it (see the file comment). */
export function isCurtOrderToFixIt(text: string): boolean {
  const lower = ruleText(text).trim();
  return FAILURE.test(lower) && (ORDER_EN.test(lower) || ORDER_ZH.test(lower));
}
