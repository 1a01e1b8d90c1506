/**
 * A complaint already made and left unanswered, chased with a status question: "amount debited, ref no. already shared,
 * 7 days over, no response on complaint. What is the status please?", "投诉了一个礼拜都没人回复，现在什么进度". The model
 * reads the polite status question; the complaint nobody answered is the grievance. "how long do you take to answer a
 * complaint?" and "你们一般怎么处理投诉" ask ahead and name no complaint of the customer's. Nor is a complaint to someone
 * else left unanswered, told in a vent about them before a plain request ("滴滴司机绕路多收钱，投诉了也没人理，什么玩意儿。
 * 免密支付怎么关": the clauses about the ride are off topic, `off_topic_clause.ts`).
 */
import { ruleText } from '../rule_text.ts';
import { offTopicSpans } from './off_topic_clause.ts';

const UNANSWERED_EN =
  /\bno (response|reply|answer|update|feedback|action) (on|to|from|regarding) (my |the |this )?(complaint|ticket|case|grievance)s?\b/;

const UNANSWERED_ZH = /投诉(了|过)?.{0,12}(没人|没有人|都没|一直没|还没|也没)(回|理|答复|处理|回复|联系)/;

/** A complaint left unanswered, chased (see the file comment). */
export function isComplaintLeftUnanswered(text: string): boolean {
  const full = ruleText(text);
  let lower = full;
  for (const [start, end] of offTopicSpans(full))
    lower = lower.slice(0, start) + ' '.repeat(end - start) + lower.slice(end);
  return UNANSWERED_EN.test(lower) || UNANSWERED_ZH.test(lower);
}
