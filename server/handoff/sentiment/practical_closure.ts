/**
 * Closing an account or a card for a practical reason ("我要搬去外地了，想把这张卡销户", "注销这张卡，平时用不上",
 * "close my account as I'm moving abroad", "I don't use this card any more, cancel it"): a service request, not a
 * threat to leave. An angry message still is ("再这样我就销户", negative words beside it count as before).
 */
const PRACTICAL_REASON =
  /搬(家|去|到|走)|(去|回)(外地|老家|国外)|出国|移民|回国|留学|调(去|到|动)|(工作|单位)(调动|变动)|退休|(用不上|用不着|用不到|不用了|没用过|很少用|不常用|闲置)|(卡|账户)(太多|多了)|多(办|开)了|多余|重复(办|开)?|到期|合并|整理(一下)?(名下|账户|卡)|\b(moving|relocating|emigrating|leaving the country|going abroad|move abroad|moving abroad|retiring|retired)\b|\b(don'?t|do not|no longer|never|rarely) use\b|\bnot using\b|\b(too many|spare|duplicate|extra|old) (accounts?|cards?)\b|\bconsolidat\w*\b/;

export function hasPracticalClosureReason(lower: string): boolean {
  return PRACTICAL_REASON.test(lower);
}

/**
 * A bare request to close an account or a card, nothing else said ("我要销户", "帮我把这张卡注销了", "办理销户"): a
 * service request the account-closure article answers. "我要" before it is no threat frame; anything more
 * ("不给解决我就销户", "我要销户，受够了") is read as before.
 */
const PLAIN_CLOSURE_REQUEST =
  /^(您好|你好|麻烦(你|您)?|请)?[，, ]*(我)?(要|想|想要|需要|打算|准备)?(帮我|给我)?(办理?|办一下)?(一下)?(把)?(这张|这个|我的|名下的?)?(卡|账户|银行卡|账号|信用卡|储蓄卡)?(销户|销卡|注销(掉)?(账户|银行卡|信用卡|卡|这张卡)?)(一下)?(了)?(吧)?[。.!！]?$/;

export function isPlainClosureRequest(lower: string): boolean {
  return PLAIN_CLOSURE_REQUEST.test(lower.trim());
}
