/**
 * The customer's own card or account used to take payments for a company (or a boss, or "someone") that is not
 * theirs: "帮公司收款的卡被限了咋办", "the card I use to receive payments for a company got blocked". A company takes its
 * money into its own account; one that has strangers' money paid into a private person's card and passed on is using
 * the card as a money mule's (the short form of `collectedForACompany` in `scam_steps_told_in_few_words.ts`, told by
 * the card rather than by the forwarding).
 *
 * Not the customer's own business or job in the books (`ownBooks`: 我们公司, 出纳, 对公, "my company", "business
 * account"), nor a question in general (`hypothetical`) or one turned down (`notActed`).
 */
import { IN_CLAUSE, re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

const C = IN_CLAUSE;
const ZH_FOR = String.raw`(帮|替)(公司|老板|别人|人家|对方|外人|商家|平台|朋友(的)?公司)(代)?收(款|钱|货款|账|账款|转账)`;
const EN_TAKE = String.raw`(take|taking|receive|receiving|collect|collecting|accept|accepting) (payments?|money|funds|transfers)`;
const EN_FOR = String.raw`(for|on behalf of) (a|the|this|some|an) (company|firm|business|client|merchant|online (shop|store)|boss)`;

export const CARD_FOR_A_COMPANY_CUES = {
  /** The customer's own card or account, taking payments for a company that is not theirs. */
  cardTakingACompanysPayments: re(
    [
      String.raw`${ZH_FOR}(的|用的)?${C}{0,2}(卡|银行卡|账户|账号|户头)`,
      String.raw`(用|拿)(我的|我|自己的|个人的?)${C}{0,3}(卡|银行卡|账户|账号)${C}{0,4}${ZH_FOR}`,
      String.raw`\b(card|account|bank account|debit card)\b[^.?!]{0,25}\b(i|we) ('m |am |was |were )?(use|used|using)\b[^.?!]{0,5}\b(to|for) ${EN_TAKE}\b[^.?!]{0,10}\b${EN_FOR}\b`,
      String.raw`\b${EN_TAKE} ${EN_FOR}\b[^.?!]{0,30}\b(into|in|on|to|with) (my|my own|my personal) (card|account|bank account|debit card)\b`,
    ].join('|'),
  ),
};

type Cue = keyof typeof CARD_FOR_A_COMPANY_CUES | 'notActed' | 'hypothetical' | 'ownBooks';

/** The customer's own card taking payments for a company. */
export const CARD_FOR_A_COMPANY_RULES: CueRule<Cue>[] = [
  {
    scheme: 'money_mule',
    all: ['cardTakingACompanysPayments'],
    unless: ['notActed', 'hypothetical', 'ownBooks'],
    weight: 0.75,
  },
];
