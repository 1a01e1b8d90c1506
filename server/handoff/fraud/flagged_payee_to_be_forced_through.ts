/**
 * The bank's own warning that the payee is suspicious or high risk, and the customer asking to push the payment
 * through anyway: "转的时候提示对方是风险账户，能不能强制转过去", "your app says the seller's account is flagged as high
 * risk, can I override it and pay anyway?". The bank flags an account because others reported it; a seller met
 * online, a deposit or a "buyer" asking for bank transfer only, and the warning brushed aside is how a purchase
 * scam gets paid. The customer asks only how to get round the block.
 *
 * Not a warning asked about ("为什么提示风险账户"), with no wish to pay past it, nor a payee the customer checked in
 * person (`verified`).
 */

import { IN_CLAUSE, re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

const C = IN_CLAUSE;

export const FLAGGED_PAYEE_CUES = {
  /** The bank flagged the payee's account. */
  payeeFlagged: re(
    [
      String.raw`(提示|显示|弹出|弹窗|警告|说)${C}{0,10}(对方|收款人|收款方|这个|该|他的|她的)?(账户|账号|卡|收款人)?${C}{0,4}(是|为|有|存在)?(可疑|风险|高风险|涉诈|异常|危险|诈骗)(账户|账号|收款人|收款方|卡)?`,
      String.raw`(对方|收款人|收款方)(的)?(账户|账号|卡)?(是|为|被标记为?)?(可疑|高风险|涉诈|风险)(账户|账号)`,
      String.raw`\b(payee|recipient|seller'?s|his|her|their|the|this|that) (account|details|payee|recipient)?\s?(is |was |has been |got |been )?(flagged|marked|listed|showing|shows|comes up)\b[^.?!]{0,20}\b(high[- ]risk|suspicious|scam|fraud\w*|risky|unsafe)\b|\b(high[- ]risk|suspicious|scam) (payee|recipient|account) (warning|alert|flag)\b`,
      String.raw`\b(warning|alert|app|it) (says|said|shows|showed)\b[^.?!]{0,30}\b(payee|recipient|account)\b[^.?!]{0,20}\b(high[- ]risk|suspicious|flagged|scam)\b`,
    ].join('|'),
  ),
  /** …and the customer wants to pay past the warning. */
  forcedThrough: re(
    String.raw`强制(转|付|支付|汇|通过)?|硬转|(还|仍然|照样|继续)(能|可以)?(转|付|汇)|(怎么|能不能|能否|可以|如何)(才能)?${C}{0,4}(转过去|转出去|付过去|绕过|跳过|解除)|\b(override|bypass|force|push (it |the payment )?through|pay (it )?anyway|send (it )?anyway|go ahead anyway|ignore the warning|skip the warning|get round|get around)\b`,
  ),
};

type FlaggedPayeeCue = keyof typeof FLAGGED_PAYEE_CUES | 'verified' | 'hypothetical' | 'ownNewPhonePause';

export const FLAGGED_PAYEE_RULES: CueRule<FlaggedPayeeCue>[] = [
  {
    scheme: 'advance_fee',
    all: ['payeeFlagged', 'forcedThrough'],
    // Not the bank's own pause after the customer's new phone, no payee in it (own_new_phone_security_pause.ts).
    unless: ['verified', 'hypothetical', 'ownNewPhonePause'],
    weight: 0.75,
  },
];
