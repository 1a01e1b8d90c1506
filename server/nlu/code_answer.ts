/**
 * A one-time code or a PIN given as the whole message, named: "验证码 204806", "我收到的验证码：204806", "my otp:
 * 124219", "the code is 124219". It answers the bank's own verification (the flow says to use the box and
 * keeps it as stars); the handoff model and the intent model heard "收到的验证码" as someone asking for a
 * code, and raised the scam warning (0.82). A code mentioned inside a story ("他让我把验证码204806发给他") is not
 * this.
 */

const ZH =
  /^(?:我|我的|我收到的|收到的|刚收到的|短信里的|短信上的|手机上的)?(?:短信)?(?:验证码|动态码|校验码|动态密码|交易密码|支付密码|密码)(?:是|为)?[:：]?\s*\d{4,8}$/u;
const EN =
  /^(?:(?:the|my|your)\s+)?(?:sms\s+|one-time\s+|verification\s+)?(?:code|otp|pin|passcode|password)(?:\s+(?:i got|i received|you sent|is))?\s*[:：]?\s*\d{4,8}$/iu;

/** Whether the whole message is a code or a PIN given with its name. */
export function isCodeAnswer(text: string): boolean {
  const t = text
    .normalize('NFKC')
    .trim()
    .replace(/[。.!！]+$/u, '');
  return ZH.test(t) || EN.test(t);
}
