/**
 * Another company's service vented before a request of the bank: "My phone company is absolutely useless, been on hold
 * with them for 2 hours. Sorry, rant over. I need to update my mobile number", "移动的客服简直没用，电话打了两个小时都没人
 * 接。不说了，我想改一下绑定的手机号". The phone company, the utility or the insurer is the subject; the words that would
 * name the bank's own channels ("phone", "hold", 电话) are theirs. A clause that names the bank, the card or the account
 * ("the phone company charged my card twice") is read as before (`off_topic_clause.ts`).
 */
import { COMPANY } from './another_companys_charge.ts';

/** A phone company's own service named by its line or counter: 移动的客服, 联通营业厅, 10086. */
const TELCO_SERVICE = /(移动|联通|电信)(的)?(客服|营业厅|热线|人工)|10086|10010|10000号?/;

/** Whether a lower-cased clause names another company (see the file comment). */
export function isAboutAnotherCompanysService(clause: string): boolean {
  return COMPANY.test(clause) || TELCO_SERVICE.test(clause);
}

/** The clause without the company's name, so its "phone" or 客服 is not read as the bank's. */
export function withoutAnotherCompanysName(clause: string): string {
  return clause
    .replace(new RegExp(TELCO_SERVICE.source, 'g'), ' ')
    .replace(new RegExp(COMPANY.source, 'g'), ' ');
}
