/**
 * A wait on a takeaway, a parcel, a ride, a doctor or a tradesman ("外卖等了一个半小时到了还是凉的", "等网约车等了四十
 * 分钟", "waited an hour for the takeaway and it came cold", "the plumber kept me waiting all morning"): the wait is
 * theirs, not the bank's queue or a payment's delay, though the words for waiting (等了, "waited") are the bank's in
 * `off_topic_clause.ts`. Taken out of the clause before it is checked for the bank; the clause is then off topic when
 * it names its subject. A clause that names the bank, a card or money beside the wait is still the bank's.
 */

const ZH_WAIT =
  /(外卖|快递|骑手|网约车|出租车|打车|公交|地铁|班车|航班|火车|高铁|上菜|菜|挂号|看病|医生|师傅|维修工|修理工|房东|物业)[^，。！？,.!?]{0,4}(等了|等到|等得|等半天|等很久|等好久)|等(外卖|快递|骑手|网约车|出租车|车|公交|地铁|上菜|号|医生|师傅|维修|物业)[^，。！？,.!?]{0,2}(等了|等到|等得|等)?/gu;

const EN_WAIT =
  /\b(waited|waiting|wait)\b[^,.!?]{0,25}\bfor (the |my |our |a )(takeaway|food|delivery|delivery driver|driver|pizza|order|bus|train|tram|taxi|cab|uber|plumber|electrician|engineer|builder|doctor|gp|dentist|courier|parcel)\b|\b(the |my |our )?(takeaway|food|delivery|pizza|bus|train|taxi|cab|uber|plumber|electrician|engineer|builder|courier|parcel) (took|kept (me|us) waiting)\b/g;

/**
 * The wait for an identity document to be issued again or renewed ("身份证补办要等一个月", "the new passport takes six
 * weeks"): the police's or the passport office's, not the bank's.
 */
const DOCUMENT_WAIT =
  /(身份证|护照|驾照|驾驶证|户口本|居住证|港澳通行证)(补办|换领|重办|办理|换证|续签)?[^，。！？,.!?]{0,4}(要|得|需要|还要)?等[^，。！？,.!?]{0,8}|\b(new |replacement )?(passport|driving licen[cs]e|id card|identity card|residence permit|brp)\b[^,.!?]{0,20}\b(takes?|will take|could take|won'?t (come|arrive) for)\b[^,.!?]{0,20}\b(days?|weeks?|months?)\b|\b(waiting|wait) for (my |a |the )?(new |replacement )?(passport|driving licen[cs]e|id card|identity card|residence permit)\b/gu;

/** The clause with a wait on someone other than the bank taken out (see the file comment). */
export function withoutWaitForSomeoneElse(clause: string): string {
  return clause.replace(ZH_WAIT, ' ').replace(EN_WAIT, ' ').replace(DOCUMENT_WAIT, ' ');
}
