/**
 * The customer moving their own money into their own account at a known broker, pension or tax-free savings provider,
 * asking how the transfer goes: "Moving $40k from my savings to my Questrade account to top up my TFSA. Will there be
 * a hold on it?", "putting £20k into my Vanguard ISA before April, is there a daily limit?", "从工资卡转十万到我自己的
 * 证券账户，银证转账有限额吗". The model learnt large sums into "trading accounts" from investment scams and reads 0.8;
 * here the account is the customer's own at a named, ordinary provider and nobody else is in it, so the model's alarm
 * stands only when it is sure, as for a payee the customer already deals with (`known_payee.ts`).
 *
 * Not when a teacher, a mentor, a group, a partner or anyone else suggested it, returns are promised, crypto or a
 * platform reached by a link or an app someone sent is named, or money must be paid to withdraw: the investment-scam
 * rules read those as before.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** The customer's own account at a known broker, pension or tax-free savings provider. */
const OWN_INVESTMENT_ACCOUNT = re(
  [
    String.raw`\bmy (own )?(questrade|wealthsimple|vanguard|fidelity|schwab|charles schwab|hargreaves lansdown|aj bell|trading ?212|interactive brokers|etrade|e\*trade|robinhood|moneybox|nutmeg|freetrade|hl|isa|stocks and shares isa|lifetime isa|lisa|tfsa|rrsp|resp|fhsa|sipp|401\(?k\)?|ira|roth ira|pension|brokerage|investment account)\b|\b(top up|topping up|fund|funding|contribute to|contribution to|max out|maxing out) my (isa|tfsa|rrsp|fhsa|sipp|ira|roth ira|401\(?k\)?|pension|lisa)\b`,
    String.raw`(我|自己)(的)?(自己的)?${C}{0,2}(证券账户|股票账户|券商账户|基金账户|个人养老金账户)|银证转账`,
  ].join('|'),
);

/** The investment scam's signs: someone else's suggestion, promised returns, crypto, a link or a fee to withdraw. */
const SCHEME_SIGNS = re(
  String.raw`老师|导师|带单|群里|群主|助理|有人|朋友推荐|网友|稳赚|保本|高收益|收益率|回报|翻倍|内幕|虚拟币|币圈|usdt|链接|下载|客服|解冻|提现|\b(teacher|mentor|coach|signals?|group|someone|somebody|friend|partner|advis[eo]r told|guaranteed|returns?|profits?|double|crypto|bitcoin|usdt|link|download|unlock|withdrawal fee|release fee|told me|asked me|wants me)\b`,
);

/** Whether a lower-cased message moves the customer's money into their own ordinary investment account. */
export function isOwnInvestmentAccountTopUp(lower: string): boolean {
  return OWN_INVESTMENT_ACCOUNT.test(lower) && !SCHEME_SIGNS.test(lower);
}
