/**
 * The money is for the customer themselves: "给我", "转给我自己", "转到我另一个账户", "to me", "to myself", "to my
 * own account", said while a transfer runs. The transfer flow sends money to other people (its payee is
 * someone else's account): a transfer between the customer's own accounts is made in the app. The handoff
 * model read "to me" / "给我" as an ask for a person, and "转给我自己" went on as a new payee called "我自己".
 * Matched on the whole message. Without "给" / "to" ("我的卡", "my account") it counts only while the payee or
 * their account is asked: at the question which account to pay from, "my account" is that account.
 */
import type { Localized } from '../banking/core_banking.ts';

const strip = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[\s,.!?;:"，。！？；：、~～…]+/g, ' ')
    .trim();

const ZH_LEAD = String.raw`(?:(?:哦|噢|呃|嗯|不对|不是)\s*)?(?:我是说|我说的是|我的意思是|是|就是)?\s*`;
const ZH_SELF = String.raw`(?:我自己|我本人|自己|本人|我)(?:名下)?(?:的)?(?:另一个|另外一个|另一张|另外一张|其他|其它|别的)?(?:的)?(?:账户|帐户|账号|银行卡|卡|户头)?(?:上|里)?`;
const ZH_TO = String.raw`(?:(?:转账|转钱|转|汇款|汇|打钱|打)?(?:给|到|进|入))`;
const ZH_END = String.raw`\s*(?:吧|啊|呀|的|啦)?$`;
const EN_LEAD = String.raw`(?:(?:oh|no|sorry|actually|wait|um|erm)\s+)*(?:its |it is |i mean |i meant )?`;
const EN_SELF = String.raw`(?:me|myself|my ?self|my own(?: account| accounts| card)?|my other (?:account|card)|another (?:account|card) of mine|(?:one of )?my (?:own )?accounts|my (?:savings|current|checking|e-?account|second) (?:account|card)|my (?:account|card))`;
const EN_TO = String.raw`(?:(?:send|transfer|move|pay)(?: it| the money| money)? )?(?:to|into)`;
const EN_END = String.raw`(?: please| thanks)?$`;

/** With "给" / "to": a transfer to oneself at any step. */
const DIRECTED = [
  new RegExp(`^${ZH_LEAD}${ZH_TO}\\s*${ZH_SELF}${ZH_END}`, 'u'),
  new RegExp(`^${EN_LEAD}${EN_TO} ${EN_SELF}${EN_END}`),
];
/** "我自己" / "myself" / "it's for me" without "给" / "to": only as the answer to who the money is for. */
const BARE = [
  new RegExp(`^${ZH_LEAD}${ZH_SELF}${ZH_END}`, 'u'),
  new RegExp(`^${EN_LEAD}(?:for |just )?${EN_SELF}${EN_END}`),
];

/** The slots whose question "to me" answers. */
const PAYEE_QUESTIONS: ReadonlySet<string> = new Set(['payee', 'payee_account']);

/** Whether the message says the money is for the customer's own account; `awaiting`: what was asked last. */
export function saysOwnAccount(text: string, awaiting: string | undefined): boolean {
  const s = strip(text);
  if (DIRECTED.some((re) => re.test(s))) return true;
  return awaiting !== undefined && PAYEE_QUESTIONS.has(awaiting) && BARE.some((re) => re.test(s));
}

/** Said before the question who the money is for. */
export const OWN_ACCOUNT_TRANSFER: Localized = {
  'zh-CN': '转入您本人名下的账户，请在沙盒银行App“转账-本人账户互转”中办理，我这里只能帮您转给他人。',
  en: 'Money to your own accounts is moved in the Sandbox Bank app under "Transfers - Between my accounts"; here I can only send money to someone else.',
};
