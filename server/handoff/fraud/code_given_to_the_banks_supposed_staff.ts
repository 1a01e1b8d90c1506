/**
 * A verification code the customer says they gave to the bank's own staff ("短信码已经念给你们工作人员了，还要再发一次吗",
 * "I already read the OTP to your fraud department, do I need to give it again?"). The bank never asks for the code
 * sent by text, so whoever took it only said they were the bank: the code is in a stranger's hands.
 *
 * Not the code typed in by the customer (in the app, on the bank's page), nor a question whether the bank's staff
 * would ever ask for one (`hypothetical`).
 */
import { IN_CLAUSE, re } from './cue_regex.ts';
import type { CueRule } from './fraud_patterns.ts';

const C = IN_CLAUSE;
const ZH_CODE = String.raw`(验证码|动态码|短信码|校验码|动态密码)`;
const ZH_STAFF = String.raw`(你们|银行|贵行)(的)?${C}{0,4}(客服|工作人员|员工|经理|专员|同事|风控|反诈)`;
const ZH_GAVE = String.raw`(报|告诉|给|发|念|说)(给)?(了)?`;
const EN_CODE = String.raw`(code|otp|one[- ]time (pass)?code|passcode|security code|verification code)`;
const EN_STAFF = String.raw`(your|the bank'?s|a bank) (customer service|customer services|staff|agent|colleague|team|rep|representative|advisor|adviser|fraud (team|department)|security (team|department)|employee|officer|manager|person)`;

export const CODE_TO_STAFF_CUES = {
  /** A code said to have been given to the bank's staff. */
  codeGivenToBankStaff: re(
    [
      String.raw`${ZH_CODE}${C}{0,10}${ZH_GAVE}${ZH_STAFF}|${ZH_GAVE}${ZH_STAFF}${C}{0,8}${ZH_CODE}|${ZH_STAFF}${C}{0,8}(要|拿|问我要|让我报)(了|走)?${C}{0,4}${ZH_CODE}`,
      String.raw`\b(gave|given|told|read( out)?|sent|passed|shared)\b[^.?!]{0,30}\b${EN_CODE}\b[^.?!]{0,20}\bto ${EN_STAFF}\b|\b(gave|given|told|read( out)?|sent|passed|shared)\b (to )?${EN_STAFF}\b[^.?!]{0,20}\b${EN_CODE}\b|\b${EN_STAFF}\b[^.?!]{0,20}\b(asked (me )?for|took|needed|wanted)\b[^.?!]{0,10}\b${EN_CODE}\b`,
    ].join('|'),
  ),
};

type Cue = keyof typeof CODE_TO_STAFF_CUES | 'hypothetical';

/** A code given to someone said to be the bank's staff. */
export const CODE_TO_STAFF_RULES: CueRule<Cue>[] = [
  { scheme: 'code_request', all: ['codeGivenToBankStaff'], unless: ['hypothetical'], weight: 0.8 },
];
