/**
 * A code the customer asked for themselves, for their own login or reset, expired or not come, and asked for again:
 * "I got a code by text just now and yes I asked for it, I was resetting my password, but it says expired. Send
 * another please", "验证码是我自己点的，改密码用的，过期了，能再发一个吗". The model hears a scam in a code and "send";
 * here nobody else is in it, the customer started it and asks the bank to resend.
 *
 * Not when anyone else asked for, was told or was sent the code, or the customer did not start it: the rules and the
 * model read those as before.
 */

/** The customer asked for the code themselves, for their own login, reset or payment. */
const ASKED_FOR_IT =
  /\b(i (did )?(asked|requested) (for )?(it|the code|a code)|i was (resetting|changing|logging|signing)|i'?m (resetting|changing|logging|signing))\b|(我自己|是我)(点|申请|要|操作|请求)(的)?|我(在|正在)(改|重置|登录|注册)/u;

/** It expired or did not work, and the customer asks for another. */
const AGAIN =
  /\b(expired|timed out|didn'?t work|not working|invalid)\b[^]{0,60}\b(send|resend|another|new one|new code)\b|\b(send|resend)\b[^.?!]{0,20}\b(another|again|a new one|a new code)\b|(过期|失效|超时|不对|用不了)[^。！？]{0,12}(再发|重发|重新发)|(再|重新)发(一个|一下|一次)/u;

/** Someone else in it. */
const SCHEME_SIGNS =
  /\b(someone|somebody|he|she|they|caller|the man|the woman|agent|asked me for|wants? (the|my) code|read (it )?out|told (him|her|them)|gave (it|the code)|share[ds]?|didn'?t (ask|request)|never (asked|requested))\b|(他|她|对方|有人|客服|快递|警察)(要|让|问)|告诉(了)?(他|她|对方)|发给(他|她|对方)|没(有)?(申请|点|操作|要)/u;

/** Whether a lower-cased message asks again for a code the customer asked for themselves (see the file comment). */
export function isOwnCodeAskedForAgain(lower: string): boolean {
  return ASKED_FOR_IT.test(lower) && AGAIN.test(lower) && !SCHEME_SIGNS.test(lower);
}
