/**
 * A code the customer is about to read out for a refund or for money to come in, asked which one or where to find it:
 * "Which code do I give the Amazon refund guy?", "Where do I read the OTP for receiving a refund?", "退款客服要的验证码
 * 是哪条", "领退款的验证码在哪看". Receiving a refund or a payment never needs the customer's code; someone who says it
 * does is taking it to approve a payment out (the question form of `codeToSupportForRefund` in
 * `scam_steps_told_in_few_words.ts`).
 *
 * Not a code for the customer's own payment ("where do I find the OTP for my card payment?"), nor a return collected
 * at the door, whose courier checks a delivery code (`returnPickup`), nor whether receiving needs a code at all (the
 * general question in `receiving_money_question.ts`), nor one turned down (`notActed`).
 */
import { IN_CLAUSE, re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

const C = IN_CLAUSE;
const EN_CODE = String.raw`(code|otp|one-time (password|code|passcode)|verification code|passcode|digits)`;
const EN_REFUND = String.raw`(refund|compensation|reimbursement|money back|payout)`;

export const CODE_FOR_A_REFUND_CUES = {
  /** Which code to give for a refund, or where the code to receive money is read. */
  codeToBeReadOutForARefund: re(
    [
      String.raw`\b(which|what) ${EN_CODE} (do|should|shall|must) i (give|tell|send|read( out)?|share|say)\b[^.?!]{0,30}\b${EN_REFUND}`,
      String.raw`\b${EN_REFUND} (guy|man|lady|woman|person|agent|rep|team|department|people)\b[^.?!]{0,30}\b(which|what) ${EN_CODE}\b|\b(which|what) ${EN_CODE}\b[^.?!]{0,30}\b${EN_REFUND} (guy|man|lady|woman|person|agent|rep|team|department|people)\b`,
      String.raw`\bwhere (do|can|should) i (read|find|get|see|look up|check) (the|my|an|a|that) ${EN_CODE}\b[^.?!]{0,20}\b(for|to) (receiv\w*|claim\w*|collect\w*|accept\w*) (a |the |my |your |this )?(${EN_REFUND}|money|payment|transfer)`,
      String.raw`(收|接收|领取|领)(退款|赔偿款?|理赔款|赔付款?|补偿款?|钱|款)(的|用的)?${C}{0,2}(验证码|动态码|短信码)${C}{0,6}(在哪|哪里|哪儿|哪个|哪条|怎么看|是哪|是多少)`,
      String.raw`(退款|理赔|赔偿|赔付)(的)?(客服|人|小哥|专员|那个人)${C}{0,6}(要的)?(验证码|动态码|短信码)${C}{0,4}(是)?(哪个|哪条|哪一个|哪一条)|(哪个|哪条)(验证码|动态码|短信码)${C}{0,4}(报|给|告诉|念)(给)?${C}{0,4}(退款|理赔|赔偿)`,
    ].join('|'),
  ),
  /** A return collected at the door, its courier checking a delivery code. */
  returnPickup: re(
    String.raw`\b(pick-?up|pickup|delivery (guy|driver|associate|agent|person)|courier|driver|return (collection|pickup|pick-?up))\b|取件|上门取件|快递员|退货`,
  ),
};

type Cue = keyof typeof CODE_FOR_A_REFUND_CUES | 'notActed' | 'hypothetical';

/** A code to be read out for a refund or for money to come in. */
export const CODE_FOR_A_REFUND_RULES: CueRule<Cue>[] = [
  {
    scheme: 'code_request',
    all: ['codeToBeReadOutForARefund'],
    unless: ['notActed', 'hypothetical', 'returnPickup'],
    weight: 0.8,
  },
];
