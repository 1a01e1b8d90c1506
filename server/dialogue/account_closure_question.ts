/**
 * Closing a card or an account, asked about: "信用卡还清了想注消 在哪弄", "信用卡欠款都还清了咋销掉啊，多还的几百块能
 * 退给我吗", "上学时办的那张卡以后用不上，想彻底不要了得去哪办", "paid off cc fully want to cancel it, leftover
 * overpayment where does it go", "how do I shut down my debit account before I leave?". The intent model hears
 * the credit card bill (还清, "paid off"), a balance check or "no" (不要); no intent covers closing, and the
 * account-closure article answers. A card lost or stolen is another matter (the loss report).
 */

export const ACCOUNT_CLOSURE_ARTICLE = 'account_closure';

const ZH =
  /销卡|销户|注销|注消|销掉|(?:把|将)[^，。？?]{0,6}销了|(?:卡|账户|帐户)[^，。？?]{0,12}(?:不想(?:再)?用了|用不上|彻底不要)|(?:不想(?:再)?用了|用不上|彻底不要)[^，。？?]{0,6}(?:卡|账户|帐户)?[^，。？?]{0,6}(?:去哪|怎么|咋)办/u;
const EN =
  /\b(?:close|closing|shut down|shut|cancel|cancelling|canceling|get rid of)\b[^.?!]{0,30}\b(?:accounts?|cards?|cc|e-account|it)\b/i;
const CARD_OR_ACCOUNT = /\b(?:accounts?|cards?|cc|e-account)\b/i;
/**
 * A card lost or stolen, a transfer or booking called off, a phone number cancelled, a caller's story, a salary
 * card after leaving a job (the payroll article): not closing an account.
 */
const OTHER =
  /丢|被盗|被偷|挂失|预约|转账|手机号|号码|手机银行|骗|冒充|电话|贷|工资卡|代发|离职|\bsalary\b|\bpayroll\b|\bleft my job\b|\bscam\w*|\bwithout\b|\blost\b|\bstolen\b|\bmissing\b|\btransfers?\b|\bpayments?\b|\bappointment\b|\bbooking\b|\bsubscription\b/iu;

export function asksAboutClosing(text: string): boolean {
  if (OTHER.test(text)) return false;
  if (/\p{Script=Han}/u.test(text)) return ZH.test(text);
  return EN.test(text) && CARD_OR_ACCOUNT.test(text);
}
