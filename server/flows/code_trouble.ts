/**
 * A customer waiting for their SMS code who says something is wrong with it: forgotten ("验证码忘了", "I
 * forgot the code"), not arrived ("没收到验证码", "I didn't get the code"), lost, or expired ("the code
 * expired"). Read only while a code is awaited, when these are about that code (not the password-reset or
 * "code not received" articles): the assistant says how long the code is valid, offers to send a new one
 * and keeps the flow. A password or PIN is another matter ("I forgot my password"), and an explicit "resend"
 * sends a code at once (`turn_signals.ts`).
 */

const ZH_TROUBLE =
  /忘了|忘记|忘掉|记不(?:得|住|清)|找不到|删了|删掉|没收到|没有收到|收不到|还没(?:收到|到|来)|没(?:到|来)|没看到|过期|失效|不见了/u;
const ZH_CODE = /验证码|短信|动态码|校验码/u;
/** A short answer that can only be about the code just asked for: "忘了", "还没收到呢". */
const ZH_SHORT =
  /^(?:我)?(?:忘了|忘记了|记不(?:得|住)了|没收到|没有收到|还没收到|收不到|还没到|没到|过期了|失效了)(?:了|啊|呢|呀|哦)?$/u;

const EN_TROUBLE =
  /\b(?:forgot|forget|forgotten|lost|deleted|can'?t (?:find|remember|see)|cannot (?:find|remember|see)|don'?t (?:remember|have)|didn'?t (?:get|receive|see|come|arrive)|did not (?:get|receive|see|come|arrive)|haven'?t (?:got|gotten|received|seen)|have not (?:got|gotten|received)|never (?:got|received|came|arrived)|not (?:received|arrived|come)|hasn'?t (?:come|arrived)|no code|expired|timed out|where(?:'s| is))\b/i;
const EN_CODE = /\b(?:code|codes|text|sms|message|otp)\b/i;
/** Words that may stand beside the trouble in a short answer ("I forgot it", "still didn't get it"). */
const EN_FILLER =
  /^(?:i|i'?ve|it|one|yet|still|just|any|anything|nothing|from|you|me|sorry|oh|um|uh|hmm|but|so|the|a|already|really)$/;

/** Passwords and PINs are not the SMS code: "I forgot my password" keeps its article. */
const OTHER_SECRET = /密码|口令|password|passcode|\bpin\b/iu;

export function isCodeTrouble(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || OTHER_SECRET.test(t)) return false;
  if (ZH_TROUBLE.test(t) && (ZH_CODE.test(t) || ZH_SHORT.test(t.replace(/[，。！？!?,.\s~～]+/gu, ''))))
    return true;
  if (!EN_TROUBLE.test(t)) return false;
  if (EN_CODE.test(t)) return true;
  // Nothing else named: "I forgot", "didn't get it" (not "I lost my card", another request).
  const rest = t
    .toLowerCase()
    .replace(new RegExp(EN_TROUBLE.source, 'gi'), ' ')
    .replace(/[^a-z' ]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
  return rest.every((w) => EN_FILLER.test(w));
}
