/**
 * A verification code that has not come, told with no flow waiting for one: "点了获取验证码半天没动静", "付钱的
 * 时候让输验证码 等了好几分钟也没来", "转账的时候一直等不到那个6位数的短信", "otp sms never arrives", "I press send
 * code but the 6-digit text message never arrives on my phone". The intent model hears a transfer's status, a
 * declined card or fraud (no intent covers the subject) and the customer got that intent's reply; the article on
 * codes not received answers. While a flow waits for its code, the flow reads such a message itself
 * (flows/code_trouble.ts).
 */

export const MISSING_CODE_ARTICLE = 'sms_verification_code_not_received';

const ZH_CODE = /验证码|短信码|动态码|校验码|[六6几]位数?的?(?:短信|码|数字)|\botp\b/iu;
const ZH_NOT_COME =
  /没收到|没有收到|收不到|没(?:来|到)|不来|等不到|没动静|没反应|还没到|一直没|没发过来|发不过来|迟迟|没(?:有)?(?=验证码|短信码|动态码|短信)/u;
const EN_CODE =
  /\botp\b|\b(?:verification|security|one[- ]time|sms|text|6[- ]digit|six[- ]digit) (?:code|pin|passcode)\b|\bcodes?\b/i;
const EN_NOT_COME =
  /\bnever (?:arrives?|arrived|came|comes|shows? up|showed up|got|get|received?)\b|\bnot (?:arriving|coming|received|getting|showing)\b|\b(?:didn'?t|did not|doesn'?t|does not|haven'?t|have not|hasn'?t|has not|isn'?t|is not)\s+(?:\w+\s+)?(?:get|got|gotten|receive|received|arrive|arrived|come|coming|came)\b|\bno (?:otp|code|sms|text)\b/i;
/** Passwords and PINs are not the SMS code ("I forgot my password" keeps its article). */
const OTHER_SECRET = /密码|口令|\bpassword\b|\bpasscode\b|\bpin\b/iu;
/** A phone number given up or changed: the article on updating it answers ("手机号早就不用了 收不到验证码 想换绑"). */
const NEW_NUMBER =
  /换绑|换号|新号|新手机号|手机号[^，。？?]{0,6}(?:不用|停机|注销|换了|丢了)|\b(?:new|old|changed?|different) (?:phone )?number\b|\bchanged? my (?:phone|number|mobile)\b/iu;

export function asksAboutMissingCode(text: string): boolean {
  if (OTHER_SECRET.test(text) || NEW_NUMBER.test(text)) return false;
  if (/\p{Script=Han}/u.test(text)) return ZH_CODE.test(text) && ZH_NOT_COME.test(text);
  return EN_CODE.test(text) && EN_NOT_COME.test(text);
}
