/**
 * The bank's own security key (U盾, a token, a card reader) that the customer applied for with the bank, delivered to
 * the customer's own home or company, then set up: "在支行开了对公账户，K宝说是邮寄，今天收到了我自己签的，装驱动要去哪下",
 * "Applied for business online banking at your branch, the security token came by courier to our office and I signed
 * for it, how do I activate it?". The key comes from the bank to its holder; the money_mule rule's "U盾…寄到公司" is
 * that delivery, not a key posted to someone else: a question for the assistant (`settled`).
 *
 * Not when the key goes (or is to go) to someone else, with its password, for a fee, rent or a job, at someone's word,
 * or a stranger offers to set it up: the mule rules read those.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** The bank's key. */
const KEY = re(
  String.raw`u盾|网银盾|k宝|优key|令牌|\b(security (key|token|device)|hardware token|card reader|digipass|token)\b`,
);

/** Applied for with the bank itself: at the branch, the counter, the bank's own staff. */
const FROM_THE_BANK = re(
  String.raw`(你们|贵行|银行|支行|网点|柜台|营业厅)${C}{0,8}(申请|开|办)|柜员|客户经理|\b(applied|signed up|opened|asked)\b[^.?!]{0,40}\b(at|with|in) (your|the) (branch|bank)\b|\b(your|the bank's) (branch|staff|teller|advis[eo]r)\b`,
);

/** Delivered to the customer's own home or company, or signed for by them. */
const DELIVERED_TO_ME = re(
  String.raw`(我|本人)(本人|自己)?(亲自)?签收|(寄|送|快递|邮寄)${C}{0,2}(到|给)(了)?(我|我们|我家|家里|我们公司|公司|单位)|送到了|收到了|\b(delivered|came|arrived|posted|sent)\b[^.?!]{0,25}\b(to (me|us|my|our)|at (my|our))\b|\bi signed for\b|\b(it|the \w+) (arrived|came)\b`,
);

/** The key handed on, its password shared, paid for, or someone else's instructions or set-up. */
const HANDED_ON = re(
  String.raw`(寄|交|借|给|租|卖|转交|带)(给)?(他|她|对方|别人|他们|中介|老板|贷款)|密码${C}{0,6}(给|告诉|发)|租|借|卖|每(个)?月给|一个月给|好处费|佣金|提成|报酬|收购|(他|她|对方|有人|中介)${C}{0,6}(让|叫|要)我|远程|共享|陌生|\b(send|post|give|hand|lend|sell|rent)\w*\b[^.?!]{0,20}\b(to )?(him|her|them|someone|the agent|my boss)\b|\b(pay|paid|paying|fee|commission)\b|\b(remote|share (my|the) screen|anydesk|teamviewer)\b`,
);

/** Whether a lower-cased message asks about the bank's own security key delivered to the customer who applied for it. */
export function isBanksOwnSecurityKeyDeliveredToTheCustomer(lower: string): boolean {
  return (
    KEY.test(lower) && FROM_THE_BANK.test(lower) && DELIVERED_TO_ME.test(lower) && !HANDED_ON.test(lower)
  );
}
