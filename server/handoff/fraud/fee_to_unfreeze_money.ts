/**
 * A fee to have money "unfrozen" (解冻金, 解冻费, "the unfreezing fee"): a loan app, a trading platform or a "customer
 * service" says the customer's money is frozen (a wrong card number, a "risk flag") and will be released once a fee is
 * paid; once paid, another is asked. No bank, lender or platform charges a fee to unfreeze money, so the fee named is
 * the scam, however calmly the customer asks whether it went through or must be paid again: "解冻金转了还不到账，还要再
 * 转吗", "paid the unfreezing fee but the loan still isn't in, do I pay it again?".
 *
 * Not an account the bank itself froze and unfroze ("账户解冻了钱还没到", "my account was unfrozen"), nor whether the bank
 * charges for unfreezing (`bankFee`), nor a question about such fees in general (`hypothetical`), nor one turned down
 * (`notActed`).
 */
import { re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

export const FEE_TO_UNFREEZE_CUES = {
  /** A fee, a payment or a deposit that unfreezes money ("解冻金", "解封费", "the unfreeze fee", "a fee to unfreeze"). */
  feeToUnfreezeMoney: re(
    String.raw`(解冻|解封)(金|费|手续费)|\bunfreez(e|ing)( the (money|funds|loan|account|withdrawal))? (fee|charge|payment|deposit)\b|\b(fee|charge|payment|deposit) (to|for) unfreez(e|ing)\b`,
  ),
};

type Cue = keyof typeof FEE_TO_UNFREEZE_CUES | 'notActed' | 'hypothetical' | 'bankFee';

/** A fee to unfreeze money, paid or asked about as a payment. */
export const FEE_TO_UNFREEZE_RULES: CueRule<Cue>[] = [
  {
    scheme: 'advance_fee',
    all: ['feeToUnfreezeMoney'],
    unless: ['notActed', 'hypothetical', 'bankFee'],
    weight: 0.75,
  },
];
