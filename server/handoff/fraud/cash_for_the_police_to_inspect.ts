/**
 * The "help the police with an investigation" scam told as an errand at the bank: an "officer" has the customer
 * take out cash so the notes can be checked (for fakes, their serial numbers, as evidence), or because staff at the
 * bank are said to be under investigation. "An officer rang me, I'm helping with a case about a cashier here and need
 * to take out £6k so they can check the notes", "警察说要核对钞票的冠字号，让我取五万现金交给他们查验", "公安说你们柜员涉嫌
 * 内部作案，让我取现金配合调查". The real police never ask a customer to withdraw cash for them to inspect, nor to test
 * the bank's own staff: the customer asks only which counter to go to.
 *
 * The authority itself is `fraud_patterns.ts`'s `authority` cue; a question about the scam in general is stood down
 * by `scam_question.ts` as for every scheme.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

const C = IN_CLAUSE;

/** Cash taken out of the bank (not a payment). */
const WITHDRAW = re(
  String.raw`取(现|钱|款|出|了)|取${C}{0,6}(现金|万|千|块|元)|提(取)?现金|\b(withdraw\w*|take out|taking out|took out|draw out|drawing out|get out|getting out)\b|\bcash out\b`,
);

/** The notes to be looked at by someone else: for fakes, their serial numbers, their marks, as evidence. */
const NOTES_INSPECTED = re(
  [
    String.raw`(查验|核对|检查|鉴定|核查|登记|比对|拍照|取证)${C}{0,6}(钞票|纸币|现金|冠字号|编号|号码|真假)|冠字号|(是不是|是否|有没有)假(币|钞)|假(币|钞)`,
    String.raw`\b(check|inspect|examine|test|verify|look at|mark|photograph|record|swab|fingerprint)\w*\b[^.?!]{0,20}\b(the |those |these )?(bank ?notes|notes|bills|serial numbers|cash)\b`,
    String.raw`\b(counterfeit|fake|forged|marked) (notes|bills|money|cash)\b|\bserial numbers\b|\bas evidence\b`,
  ].join('|'),
);

/** The bank's own staff said to be under investigation, the customer to help catch them. */
const STAFF_INVESTIGATED = re(
  [
    String.raw`(柜员|银行(的)?(员工|工作人员|内部人员|内部)|你们(的)?(员工|工作人员|柜员|内部)|支行|网点)${C}{0,10}(涉案|涉嫌|被调查|有问题|内鬼|作案|勾结|参与)|内鬼|内部作案`,
    String.raw`\b(cashier|teller|bank staff|staff member|member of staff|employee|branch manager|bank manager|insider|someone at (the|your|this) (bank|branch))s?\b[^.?!]{0,30}\b(case|under investigation|being investigated|corrupt|bent|involved|on the take|stealing|laundering|fraud)\b|\b(case|investigation|inquiry) (about|into|involving|on) (a |the |one of (the|your) )?(cashier|teller|bank staff|staff|employee|branch)\b`,
  ].join('|'),
);

export const POLICE_CASH_CHECK_CUES = {
  /** Cash to be taken out for someone to inspect, or to help investigate the bank's own staff. */
  cashForInspection: {
    test: (lower: string): boolean =>
      WITHDRAW.test(lower) && (NOTES_INSPECTED.test(lower) || STAFF_INVESTIGATED.test(lower)),
  },
} as const;

type Cue = keyof typeof POLICE_CASH_CHECK_CUES | 'authority' | 'hypothetical';

/** An "officer" and cash to be taken out for inspection or an inquiry into the bank's staff. */
export const POLICE_CASH_CHECK_RULES: CueRule<Cue>[] = [
  {
    scheme: 'authority_impersonation',
    all: ['authority', 'cashForInspection'],
    unless: ['hypothetical'],
    weight: 0.8,
  },
];
