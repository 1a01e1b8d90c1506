/**
 * A payee the customer already pays (the property manager, a school, a landlord's office) changed its receiving
 * account, and the customer confirmed it with them in person or on a notice they put up, then asks only how to pay
 * ("物业公司换了新收款账户，小区贴了公告我也去物业办公室问过了，交物业费转账用途怎么写", "the nursery changed its bank details,
 * I checked at the office in person, what reference do I use?"). A change checked where the payee really is, nobody
 * pressing: no payee-change scam under way (`settled`).
 *
 * Not when the check was made on the number or link in the message that announced the change, nor when someone presses
 * for the payment now or it went already.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** The payee's receiving account changed. */
const NEW_ACCOUNT = re(
  String.raw`(换|改|变更)(了)?(成)?(新的?)?(收款)?(账户|账号|卡号|银行卡)|新(的)?收款(账户|账号)|\b(changed|new|updated|switched) (their |its |his |her )?(bank (details|account)|account (details|number)|payment details|receiving account)\b`,
);

/** Confirmed with the payee in person, or on a notice the payee put up where it is. */
const CONFIRMED_IN_PERSON = re(
  String.raw`(去|到|跑)(了)?${C}{0,8}(办公室|前台|服务中心|物业|学校|公司|店里|柜台|营业厅)${C}{0,6}(问|确认|核实|核对|打听)(过|了)|当面(问|确认|核实|核对)(过|了)?|\b(checked|confirmed|verified|asked) (it |this )?(in person|face to face|at (the|their) (office|desk|reception|front desk))\b|\b(went|popped|walked) (in|into|round|down)? ?(to )?(the|their) (office|reception|front desk)\b[^.?!]{0,30}\b(checked|confirmed|asked|verified)\b`,
);

/** The check made on the announcing message's own number or link, or someone pressing, or money already gone. */
const NOT_A_REAL_CHECK = re(
  String.raw`(短信|邮件|消息|微信|通知)里(的|给的)?(号码|电话|链接)|催|马上|立刻|今天(之内|必须)|已经(转|汇|付|交)|\b(number|link) (in|from|on) (the|that|their) (email|text|message|letter)\b|\burgent\b|\balready (paid|sent|transferred)\b`,
);

/** Whether a lower-cased message asks how to pay a payee whose new account it confirmed in person (see above). */
export function isPayeesNewAccountConfirmedInPerson(lower: string): boolean {
  return NEW_ACCOUNT.test(lower) && CONFIRMED_IN_PERSON.test(lower) && !NOT_A_REAL_CHECK.test(lower);
}
