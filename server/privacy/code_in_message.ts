/**
 * A one-time code or a PIN typed inside a sentence: "验证码是204806", "the code is 124219", "我密码是246802",
 * "pin: 1357". A message that is only the digits was already kept as stars and answered "please use the
 * box"; said in words, the code was stored and shown to agents as typed, and the customer got an article
 * (the code-not-received one, the anti-fraud tips). The word for the code comes first, with at most a few
 * characters ("是", "is", ":") before 4 to 8 digits that end there.
 */

const CODE_SAID =
  /(验证码|校验码|动态码|短信码|动态密码|交易密码|支付密码|取款密码|密码|口令|\b(?:code|otp|pin|passcode|password|passwd|pwd)\b)([^\d\n]{0,8}?)(\d{4,8})(?!\d)/giu;

/** Whether the message says a code or a PIN in digits after naming it. */
export function saysACode(text: string): boolean {
  CODE_SAID.lastIndex = 0;
  const found = CODE_SAID.test(text);
  CODE_SAID.lastIndex = 0;
  return found;
}

/** The message with every code or PIN said in it replaced by six stars. */
export function maskCodesSaid(text: string): string {
  return text.replace(CODE_SAID, (_m, word: string, between: string) => `${word}${between}******`);
}
