/**
 * The bank's own pledge not to rent out, lend or sell the account, which the branch had the customer sign, asked about:
 * "开户的时候工作人员让我签了个不出租出借银行卡的承诺书，这个每家银行都这样吗", "the branch made me sign a declaration that
 * I won't sell or lend my account to anyone, is that standard?". The money-mule cue hears 出租出借银行卡 / "sell or lend my
 * account"; here the words are the bank's own warning against it, not an offer the customer received (`settled`).
 *
 * Not when anyone offers money for the account or the card, asks to borrow or use it, or money is to pass through it
 * for someone: the money-mule rules read those as before.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** The pledge or declaration not to rent out, lend or sell the account, signed at the bank. */
const PLEDGE = re(
  [
    String.raw`不(得)?(出租|出借|出售|买卖|转借|转让)${C}{0,10}(银行卡|卡|账户|账号)${C}{0,10}(承诺书|承诺函|声明|告知书|协议|保证书)|(承诺书|承诺函|声明|告知书|保证书)${C}{0,12}不(得)?(出租|出借|出售|买卖|转借)`,
    String.raw`\b(sign(ed)?|signing)\b[^.?!]{0,40}\b(declaration|pledge|form|statement|undertaking)\b[^.?!]{0,40}\b(won'?t|will not|not to|never)\b[^.?!]{0,20}\b(sell|lend|rent|let anyone use|give)\b[^.?!]{0,30}\b(account|card)\b`,
  ].join('|'),
);

/** Someone offering money for the account, asking to use it, or money passing through it. */
const SCHEME_SIGNS = re(
  String.raw`有人|对方|朋友|老板|中介|好处费|佣金|提成|日结|租金|收(你的|我的)?卡|借(我|他|她)(用)?|走账|过账|跑分|\b(someone|somebody|a friend|offered|pays?|paying|commission|per month|a week|borrow|use my (account|card)|receive (money|payments)|forward)\b`,
);

/** Whether a lower-cased message asks about the bank's own pledge not to lend the account (see the file comment). */
export function isBanksOwnPledgeNotToLendTheAccount(lower: string): boolean {
  return PLEDGE.test(lower) && !SCHEME_SIGNS.test(lower);
}
