/**
 * An account asked for to keep the pay of one's own (or a parent's or partner's) trade apart: the commission of an
 * insurance or estate agent, a salesperson's bonus: "我妈做房产中介的，想单独开张卡放提成，怎么办", "I'm an estate agent, can I
 * open a separate account just for my commission?". The commission is earned by the job named, not paid for lending an
 * account; the money_mule rule's "开个账户…佣金" is that account: a question for the assistant (`settled`).
 *
 * Not when the account is for anyone else's money or handed to anyone (代收, 帮公司收款, 转出去, 给他用, "on behalf of",
 * "pass it on"), someone asked the customer to open it, or the commission is paid for the account or for moving money.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** The customer's own or a close relative's trade, in which commission is earned. */
const OWN_TRADE = re(
  String.raw`(我|我爸|我妈|我老公|我老婆|我爱人|我先生|我太太|我家)(是|做|当|干)${C}{0,4}(保险代理人|保险代理|代理人|保险|业务员|销售|中介|经纪人|房产经纪|理财师|车行)|\b(i'?m|i am|i work as|my (dad|father|mum|mom|mother|wife|husband|partner) (is|works as)) (an? )?(insurance|estate|letting|travel|property|sales|real estate)? ?(agent|broker|rep|representative|salesperson|salesman|saleswoman|adviser|advisor|realtor)\b`,
);

/** Commission or bonus from that trade, kept in an account of one's own. */
const COMMISSION_ACCOUNT = re(
  String.raw`(开|办)(个|一个|张|一张)?${C}{0,6}(账户|卡)${C}{0,8}(收|放|存|进)${C}{0,2}(佣金|提成)|(佣金|提成)${C}{0,8}(单独|专门)${C}{0,4}(账户|卡)|\b(open|set up|have)\b[^.?!]{0,30}\baccount\b[^.?!]{0,30}\b(for|to keep|to hold|to receive)\b[^.?!]{0,10}\b(my|his|her) (own )?(commission|commissions|bonus|earnings)\b`,
);

/** Anyone else's money through the account, the account handed on, or someone asking for it to be opened. */
const OTHERS = re(
  String.raw`(帮|替|代)${C}{0,6}收|代收|代付|走账|过账|跑分|转(出去|走|给)|(让|叫|要)(我|他|她)|给(我|你|他|她)${C}{0,2}(佣金|提成)|(借|租|卖)|(给|交)(他|她|对方|公司|别人)(用)?|日结|\b(on behalf of|for (them|him|her|the company|someone)|pass (it|them) on|forward|move (it|them)|lend|rent|sell|(they|he|she|someone) (asked|told|wants|pays?))\b`,
);

/** Whether a lower-cased message asks for an account for the pay of one's own or a relative's trade. */
export function isAccountForOnesOwnCommissionAsked(lower: string): boolean {
  return OWN_TRADE.test(lower) && COMMISSION_ACCOUNT.test(lower) && !OTHERS.test(lower);
}
