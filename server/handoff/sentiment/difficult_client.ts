/**
 * A small business's own customer or client who behaves badly, vented about before a plain request of the bank:
 * "那个客户拖了我两个月货款 真是气人 老赖。能不能开个商业汇票", "有个顾客订了蛋糕又说不要了 气得我…定金能退一半吗",
 * "This client still hasn't paid three invoices, total chancer. Do you do invoice finance?", "customer from hell today,
 * cancelled a big order after I'd made it all. How do I refund half the deposit?". The anger is at the client (who
 * owes, cancels, haggles, disappears), not at the bank, though the clause names money (尾款, 货款, invoices): the
 * clause weighs as off topic (`off_topic_clause.ts`). Not the bank's own staff (客户经理, 客服, "customer service"),
 * and not a clause that also names the bank ("客户转的钱你们三天都没到账").
 */

/** Within one clause. */
const C = String.raw`[^，。！？,.!?]`;

/** The business's own customer or client; never the bank's customer service or a relationship manager. */
const CLIENT_ZH = String.raw`(客户|顾客|客人|买家|甲方|老赖|租客)(?!经理|端|服务|号|中心|热线)`;

/** What the client did: owes, will not pay, cancels, backs out, haggles, leaves a bad review, vanishes. */
const MISDEED_ZH = String.raw`(欠|拖欠|拖着|拖了|赖账|赖着|不给钱|不付|不结|不还|跑了|跑单|失联|拉黑|放鸽子|又说不要|说不要了|不要了|退单|砍价|压价|差评|找茬|奇葩|难缠|耍赖|反悔)`;

const CLIENT_MISDEED_ZH = new RegExp(
  String.raw`${CLIENT_ZH}${C}{0,12}${MISDEED_ZH}|${MISDEED_ZH}${C}{0,6}(的)?${CLIENT_ZH}`,
  'u',
);

/** The same in English: "this client has ignored four invoices", "a customer who cancelled after I'd baked". */
const CLIENT_MISDEED_EN =
  /\b(client|customer|buyer|tenant)s?\b(?! (service|services|support|care|number|helpline|line|team))[^,.!?]{0,40}\b(ignored|ignoring|hasn'?t paid|has not paid|still (hasn'?t|not) paid|won'?t pay|refus(es|ed|ing) to pay|owes me|owing me|never paid|cancel(l)?ed|backed out|pulled out|ghosted|no-show(ed)?|haggl(ed|ing)|left (me )?a (bad|one[- ]star|1[- ]star) review|from hell|chancer|cowboy|nightmare)\b|\b(customer|client) from hell\b/;

/** The bank named in the same clause: then the anger may be at the bank. */
const BANK_NAMED = /你们|银行|贵行|网点|柜台|柜员|客服|app|\b(you|your|the bank|bank'?s|branch|staff|app)\b/;

/** Whether a lower-cased clause vents about the customer's own client, with the bank not named in it. */
export function isDifficultClientClause(clause: string): boolean {
  return (CLIENT_MISDEED_ZH.test(clause) || CLIENT_MISDEED_EN.test(clause)) && !BANK_NAMED.test(clause);
}

/**
 * A wait on the customer's own clients to pay ("so I'm not waiting on people like him", "等客户回款等了两个月"): the
 * client's delay, not the bank's.
 */
export const CLIENT_WAIT =
  /\bwait(ing|ed)? (on|for) (people like (him|her|them|that)|(my |our )?(clients|customers)( to pay)?|(him|her|them) to pay)\b|等(客户|顾客|买家|甲方)(回款|付款|结款|打款|给钱)/g;
