/**
 * A long wait on the bank told with a word of anger, then a plain question: "Waited an hour on hold with your bank,
 * raging. How do I change my address?", "在你们网点排了两个小时队，气死了，怎么改手机号". The question at the end reads
 * calm to the model, and the anger word is one the lexicon may not know; the wait on the bank beside it is the
 * grievance, when the wait, the bank and the anger are in one sentence. A wait on someone else ("on hold with my
 * insurer", "等外卖等了一小时", a ride) is not the bank's (`off_topic_clause.ts`), and a wait without anger ("waited an
 * hour at the branch, how do I book next time?") is no grievance on its own.
 */
import { ruleText } from '../rule_text.ts';

const WAIT_ZH = /(排|等)(了)?[^，。！？]{0,6}(小时|钟头|分钟|半天|一上午|一下午|一天)/;
const BANK_ZH = /你们|贵行|银行|网点|柜台|营业厅|客服热线|你们客服|人工客服/;
const ANGER_ZH = /气死|火大|窝火|气炸|无语|崩溃|离谱|受不了|恼火|冒火|肺都气炸/;

const WAIT_EN =
  /\b(on hold|in (the |a )?queue|queu(ed|ing)|waited|waiting|stood in line|in line)\b[^.!?]{0,40}\b(hours?|minutes?|mins?|forever|ages|all (morning|afternoon|day))\b|\b(hours?|minutes?|mins?|forever|ages) (on hold|in (the |a )?queue|in line|waiting)\b/;
const BANK_EN =
  /\b(your|the) (bank|branch|helpline|phone line|call cent(re|er)|customer service|support line|hotline|app)\b|\bwith you( guys)?\b|\byour (staff|people|team)\b/;
const ANGER_EN =
  /\b(raging|fuming|livid|seething|furious|steaming|incandescent|so angry|pissed( off)?|unreal|unbelievable|ridiculous|absurd|beyond a joke|not ok|not okay)\b/;

/** Someone else's wait: an insurer, a shop, the council, a restaurant, a doctor. */
const THEIRS =
  /保险公司|医院|外卖|快递|餐厅|物业|打车|网约车|出租车|滴滴|\b(my|the) (insurer|insurance|energy|phone|internet|broadband|gas|electric\w*|water|council|gp|doctor|dentist|airline|landlord|restaurant|shop|store|courier|mobile) ?(company|provider|supplier|surgery)?\b[^.!?]{0,10}\b(on hold|queue|line|waited)\b|\bon hold (with|to) (my|the) (insurer|insurance|energy|phone|internet|broadband|gas|council|gp|doctor|airline|landlord|courier|mobile)\b/;

/** A wait on the bank with an anger word beside it (see the file comment). */
export function isFumingAfterAWaitOnTheBank(text: string): boolean {
  const lower = ruleText(text);
  if (THEIRS.test(lower)) return false;
  // The wait, the bank and the anger in one sentence: "打车等了四十分钟，气死我了。你们信用卡账单日怎么改" waited on a ride.
  return lower
    .split(/[。！？!?]|\.(?=\s|$)/)
    .some(
      (sentence) =>
        (WAIT_ZH.test(sentence) && BANK_ZH.test(sentence) && ANGER_ZH.test(sentence)) ||
        (WAIT_EN.test(sentence) && BANK_EN.test(sentence) && ANGER_EN.test(sentence)),
    );
}
