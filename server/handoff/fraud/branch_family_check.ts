/**
 * The branch's own protective check on a large cash withdrawal or transfer made at the counter: the teller asks the
 * customer, often an older one, to ring a son or a daughter to confirm, or to come back with family ("我在网点取5万，
 * 柜员让我打电话给家里人确认", "the cashier asked me to ring my daughter before she'd hand over the cash"). The customer
 * met it at the counter and asks about the step; the call is to their own family, not from a stranger. The model
 * hears the words of a scam in the large sum and the phone call.
 *
 * Not when anyone else is in the story (a caller, someone claiming to be police or the bank, an online friend), when
 * the customer is told to keep it from the staff or the family, or a code, a link or a safe account is named: those
 * are read by the fraud rules and the model as before.
 */

/** At the branch's counter, the staff asking for a call to (or the company of) the customer's own family. */
const ZH_CHECK =
  /(网点|支行|柜台|柜员|大堂经理|营业厅|工作人员)[^。！？]{0,12}(让|要|叫|要求|请)我[^。！？]{0,10}(家里人|家人|子女|儿子|女儿|孩子|老伴|亲属|家属)[^。！？]{0,8}(打(个)?电话|联系|确认|陪|一起|来)|(网点|支行|柜台|柜员|大堂经理|营业厅|工作人员)[^。！？]{0,12}(让|要|叫|要求|请)我[^。！？]{0,6}(打(个)?电话|联系|叫|带|让)[^。！？]{0,4}(给)?(家里人|家人|子女|儿子|女儿|孩子|老伴|亲属|家属)/u;
const EN_CHECK =
  /\b(branch|teller|cashier|counter|bank clerk|staff)\b[^.?!]{0,40}\b(asked|told|wanted|made|needed|required) me to (ring|call|phone|contact|bring|come back with|come in with)\b[^.?!]{0,10}\b(my )?(son|daughter|family|kids|children|husband|wife|grandson|granddaughter|relative)\b/;

/** Cash taken out or a sum moved at the counter. */
const MONEY = /取|现金|转账|汇款|\b(withdraw|withdrawal|cash|transfer)\b/u;

/** Somebody else in the story, secrecy, or the props of a scheme. */
const SOMEONE_ELSE =
  /有人|对方|陌生|自称|冒充|来电|电话里|网友|警察|公安|民警|检察|法院|客服说|不要告诉|别告诉|保密|验证码|链接|安全账户|\b(someone|somebody|caller|stranger|claim(ed|ing)? to be|police|officer|don'?t tell|not to tell|keep it (a )?secret|code|link|safe account|online (friend|girlfriend|boyfriend|partner))\b/u;

/** Whether a lower-cased message tells of the branch's own check with the customer's family (see the file comment). */
export function isBranchFamilyCheck(lower: string): boolean {
  return (ZH_CHECK.test(lower) || EN_CHECK.test(lower)) && MONEY.test(lower) && !SOMEONE_ELSE.test(lower);
}
