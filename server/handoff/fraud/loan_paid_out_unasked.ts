/**
 * A loan app or lender that paid money into the customer's account without the customer ever borrowing, and now
 * wants far more back, often by a near date and with threats to message the customer's contacts: "从没在那个app上借
 * 过钱，它自己打了两千到我卡里，现在催我五天还三千五", "a loan app I never applied for put £400 in my account and now
 * says I owe £700 by Friday or they'll text everyone in my phone". Money nobody asked for, then a demand for more,
 * is how an illegal lender (or a scam posing as one) extorts; the customer asks only whether to pay it back.
 *
 * Not a loan the customer took out themselves, nor a stranger's mistaken transfer asked back through the bank with
 * no lender in it.
 */

import { IN_CLAUSE, re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

const C = IN_CLAUSE;
/** One character inside the current sentence (a clause may end on a comma). */
const S = String.raw`[^。！？.!?]`;

export const LOAN_UNASKED_CUES = {
  /** The customer never borrowed or applied, and a lender or an app paid out anyway. */
  loanPaidOutUnasked: re(
    [
      String.raw`(从来?没|从没|没有?|根本没|也没)(有)?${C}{0,12}(借|借过|申请|申请过|点过?借款|贷过?)(钱|款|贷款|过)?${S}{0,30}(自己|自动|直接|硬)?(打|转|放|下|汇)(了)?${C}{0,10}(到|进)?(我)?(的)?(卡|账户|账上|银行卡|卡里|卡上|款)`,
      String.raw`(借款|贷款|网贷|分期|借贷)(app|软件|平台)${C}{0,20}(自己|自动|强制|硬)(打|转|放|下)(了)?(款|钱)?`,
      String.raw`\b(never|didn'?t|did not|haven'?t) (borrow\w*|appl(y|ied)|sign(ed)? up|take|took|accept\w*)\b[^.?!]{0,40}\b(loan|lender|app)\b[^.?!]{0,60}\b(put|paid|sent|deposited|dropped|transferred|credited)\b|\b(loan|lending) app\b[^.?!]{0,40}\b(put|paid|sent|deposited|transferred|credited)\b[^.?!]{0,40}\b(never|didn'?t|did not) (ask|appl|borrow|request)\w*`,
      String.raw`\b(loan|lending|cash|credit|borrowing) app\b[^.?!]{0,30}\b(never|didn'?t|did not|haven'?t)\b[^.?!]{0,20}\b(sign\w* up|appl\w*|borrow\w*|ask\w*|request\w*|download\w*|use[ds]?)\b[^.?!]{0,30}\b(put|paid|sent|deposited|dropped|transferred|credited)\b`,
    ].join('|'),
  ),
  /** Now it wants the money back, more of it, or threatens. */
  repaymentDemanded: re(
    String.raw`催收|催(我|着)?还|要(我)?还|还款|逾期|利息|通讯录|爆通讯录|\b(repay|pay (it )?back|owe|owes|demand\w*|chasing|collectors?|contacts|interest)\b`,
  ),
};

type LoanUnaskedCue = keyof typeof LOAN_UNASKED_CUES | 'notActed';

export const LOAN_UNASKED_RULES: CueRule<LoanUnaskedCue>[] = [
  { scheme: 'advance_fee', all: ['loanPaidOutUnasked', 'repaymentDemanded'], weight: 0.75 },
];
