/**
 * A loan account (a student or campus loan, an online credit line) to be closed or "cancelled" by first taking out or
 * moving its credit ("注销学生贷得先把里面的额度提出来转走吗", "to close the student loan account on my record I have to
 * withdraw the credit and transfer it out first?"). Closing a loan never needs its credit drawn and sent anywhere: that
 * is the fake loan cancellation scam's step, however it is asked.
 *
 * Not a loan repaid or closed in the ordinary way (no credit moved out), nor a question about the scam itself
 * (`hypothetical`).
 */
import { IN_CLAUSE, re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

const C = IN_CLAUSE;

export const LOAN_CREDIT_OUT_CUES = {
  /** Closing or cancelling a loan account. */
  loanToBeClosed: re(
    String.raw`(注销|取消|关闭|关掉|关了|销掉|清除|消除|解除)${C}{0,8}(校园贷|学生贷|网贷|贷款(账户|账号|记录)?|借呗|微粒贷|花呗|白条|金条|额度)|\b(cancel\w*|clos(e|es|ed|ing)|delet\w*|remov\w*|deactivat\w*)\b[^.?!]{0,25}\b(student|campus|college|uni|online|payday)? ?(loan|credit line|credit account|loan account|loan record)s?\b`,
  ),
  /** Its credit drawn and moved out first ("先把额度转出来", "withdraw the credit and transfer it out"). */
  creditMovedOut: re(
    String.raw`(额度|贷款|借款|钱|余额)${C}{0,6}(转出|转走|提出|取出|套出|借出|转到|转给|转进)|(把|将)${C}{0,6}(额度|贷款)${C}{0,6}(借|提|转|取)(出|走|到)|\b(withdraw|draw( down)?|take out|move|transfer|borrow)\b[^.?!]{0,20}\b(the |my |its |all the )?(credit|limit|balance|loan amount|available credit|money)\b[^.?!]{0,20}\b(out|first|to)\b`,
  ),
};

type Cue = keyof typeof LOAN_CREDIT_OUT_CUES | 'hypothetical';

/** A loan to be cancelled by moving its credit out. */
export const LOAN_CREDIT_OUT_RULES: CueRule<Cue>[] = [
  {
    scheme: 'loan_cancellation',
    all: ['loanToBeClosed', 'creditMovedOut'],
    unless: ['hypothetical'],
    weight: 0.8,
  },
];
