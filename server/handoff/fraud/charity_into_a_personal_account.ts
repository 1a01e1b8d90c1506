/**
 * A donation for a disaster, a charity or an appeal that the collector wants paid into his or her own account: a
 * card, a UPI handle or a personal account, "directly" rather than through the charity or the platform.
 * "门口有人举牌给灾区募捐，说多捐的话直接转他个人银行卡", "the organiser of the flood appeal asked us to pay straight to
 * his UPI to skip the platform's fees". A real charity collects into its own account or through its own site; an
 * appeal paid into a collector's own account is how a fake collector takes the money, even when the customer only
 * asks about a limit or a fee.
 *
 * Not a donation made on the charity's own site or to its own account ("在红十字会官网捐了200", "a standing order to
 * the British Heart Foundation"), nor one the customer turned down (`notActed`) or checked with the charity
 * (`verified`).
 */

import { IN_CLAUSE, re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

const C = IN_CLAUSE;

export const CHARITY_CUES = {
  /** A donation, an appeal or a collection for a disaster or a charity. */
  charityAppeal: re(
    String.raw`募捐|捐款|捐钱|捐赠|多捐|爱心款|善款|筹款|赈灾|灾区|\b(donat\w+|fundrais\w+|charit(y|ies|able)|appeals?|collect(ing|ion) (for|money for)|relief (fund|collection|effort|money)|(flood|earthquake|fire|wildfire|disaster|war|storm|hurricane) (victims|relief))\b`,
  ),
  /** Paid into the collector's own card, account or payment handle. */
  collectorsOwnAccount: re(
    [
      String.raw`(转|打|汇|捐|付)(到|给|进)?${C}{0,2}(他|她|对方|他们|组织者|发起人|负责人)(个人)?(的)?(私人|个人)?(银行卡|卡|账户|账号|户头|微信|支付宝|收款码)`,
      String.raw`(私人|个人)(的)?(银行卡|账户|账号|微信|支付宝|收款码)${C}{0,8}(捐|转|打|汇)`,
      String.raw`\b(pay|paid|send|sent|transfer|donate|give)\w*\b[^.?!]{0,30}\b(directly |straight )?(to|into) (his|her|their|the organi[sz]er'?s|the collector'?s|a personal|his own|her own) (own |personal )?(upi|upi id|account|bank account|paypal|venmo|cash ?app|zelle|revolut|card|number)\b`,
      String.raw`\b(wrote|write|writes|gave|give|gives) (me |us )?(down )?(his |her |their |some )?(own |personal )?(account|bank) (details|number)\b`,
      // The account named as a person's own, not the charity's: "it's the organiser's personal account", 收款是发起人个人账户.
      String.raw`\b(the organi[sz]er'?s|the collector'?s|the admin'?s|his|her|their|someone'?s|(to|into) a) (own )?(personal|private) (bank )?(account|card|upi|paypal)\b|(收款|账户|账号|卡)${C}{0,4}(是|为)${C}{0,6}(个人|私人)(的)?(账户|账号|银行卡|卡|微信|支付宝|收款码)`,
    ].join('|'),
  ),
};

type CharityCue = keyof typeof CHARITY_CUES | 'notActed' | 'verified' | 'hypothetical';

export const CHARITY_RULES: CueRule<CharityCue>[] = [
  {
    scheme: 'impersonation',
    all: ['charityAppeal', 'collectorsOwnAccount'],
    unless: ['notActed', 'verified', 'hypothetical'],
    weight: 0.75,
  },
];
