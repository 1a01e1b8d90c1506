/**
 * Someone writing from a new number as a relative or a friend ("my phone broke"), asking the customer to pay a bill
 * or an invoice for them, or to send money that will be paid back: "Daughter texted from a new number, can you pay
 * this bill for me, pay you back tomorrow", "son's on a new WhatsApp, asked if I could cover his invoice",
 * "女儿用新号发消息说手机坏了，让我先帮她付一笔账单，明天还我". The usual "hi mum" scam: the bill is the scammer's own.
 *
 * The red flag's own rule (`red_flags.ts`: new number and money asked for) hears "asked for money" or "needs £200";
 * this one hears the ask put as a favour ("can you pay…for me", "帮我付", "pay you back"). Not when the customer
 * checked with the person on their old number (`verified`), nor the customer's own new phone (`ownNewPhone`).
 */
import { IN_CLAUSE, re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

const C = IN_CLAUSE;

export const NEW_NUMBER_BILL_CUES = {
  /** A payment asked as a favour, to be paid back: "can you pay this bill for me", "帮我先付", "pay you back". */
  payForMeFavour: re(
    [
      String.raw`(帮|替)(我|她|他)(先)?${C}{0,6}(付|交|转|垫|还|打)|(先)?(垫|借)(一下|下)?${C}{0,6}(明天|过两天|回头|晚点|下周)(就)?还|(明天|过两天|回头|晚点|下周)(就|再)?还(你|您)`,
      String.raw`\b(can|could|would) you (please )?(pay|cover|settle|send|transfer|sort|lend)\b[^.?!]{0,40}\b(for (me|him|her|them)|bill|invoice|rent|fee)\b|\bpay (it|this|that|the bill|this bill|the invoice|this invoice) for (me|him|her|them)\b|\b(pay|paying) you back\b|\bwill (pay|give) (it|you) back\b`,
    ].join('|'),
  ),
};

type Cue = keyof typeof NEW_NUMBER_BILL_CUES | 'newNumber' | 'verified' | 'ownNewPhone';

/** A relative on a new number asking the customer to pay a bill for them. */
export const NEW_NUMBER_BILL_RULES: CueRule<Cue>[] = [
  {
    scheme: 'impersonation',
    all: ['newNumber', 'payForMeFavour'],
    unless: ['verified', 'ownNewPhone'],
    weight: 0.75,
  },
];
