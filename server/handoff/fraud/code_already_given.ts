/**
 * The customer already gave a code or a password away ("刚才有人冒充客服 我把验证码告诉他了", "I already gave my code
 * to someone who said he was from the bank"): the warning alone ("do not share any code") comes too late.
 * What protects the money now is stopping the card and changing the passwords, so the warning says so and
 * offers the freeze first (fraud_step.ts, handoff_replies.ts).
 */

const ZH_CODE = /验证码|动态码|短信码|校验码|密码|口令/u;
/** Given, done: "告诉他了", "发给对方了", "报了", "给了他". */
const ZH_GAVE =
  /(告诉|给|发|念|报|说)(给)?(了)?(他|她|对方|他们|人家|骗子)(了)|(告诉|发|念|报)(给)?了(他|她|对方|他们|人家|骗子)?|给了(他|她|对方|他们|人家|骗子)|把(验证码|动态码|短信码|密码)[^，。！？,.!?]{0,6}(告诉|给|发|念|报)/u;
const EN =
  /\b(gave|given|told|sent|shared|read out|read|typed|entered|put in)\b[^.!?]{0,30}\b(code|otp|pin|password|passcode)\b|\b(code|otp|pin|password|passcode)\b[^.!?]{0,20}\b(to (him|her|them|someone|the caller|the guy|a stranger))\b/i;
/** Not given: "没告诉他验证码", "didn't give them the code", "refused to give". */
const NOT_GIVEN =
  /没(有)?(告诉|给|发|念|报)|不(会)?(告诉|给)|(didn'?t|did not|never|won'?t|refused to|wouldn'?t) (give|tell|share|send|read)/i;

/** Whether the message says a code or a password was already given to someone. */
export function saysCodeWasGiven(text: string): boolean {
  if (NOT_GIVEN.test(text)) return false;
  return (ZH_CODE.test(text) && ZH_GAVE.test(text)) || EN.test(text);
}
