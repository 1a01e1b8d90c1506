/**
 * Something of the bank's shared on social media because the customer liked it: "你们的年度账单做得挺有意思，我都发朋友圈
 * 了", "the year-in-review in the app was so fun, I posted it on Instagram". 发朋友圈 / "posted it" is how a customer
 * threatens to shame the bank in public, but beside praise and nothing negative it is a share, not a threat. With any
 * anger word, a complaint or 曝光 beside it the threat is read as before (the caller passes only calm, praising text).
 */

/** Praise of something of the bank's. */
const PRAISE =
  /挺有意思|很有意思|真有意思|有创意|好看|好玩|做得(真|挺|很|太)?(好|棒|不错|漂亮|用心)|太(可爱|好玩|有趣)了|喜欢|点赞|\b(love(d)? (it|this|the)|so (fun|good|nice|cute|clever)|really (fun|good|nice|clever)|brilliant|great job|well done|nicely done)\b/;

/** The share: posted to one's moments, Weibo, Douyin, Instagram. */
const SHARE =
  /(都|已经|刚|还)?(转)?发(了)?(到)?(微博|抖音|朋友圈)(了)?|\b(posted|shared) (it|this|that|mine) (on|to) (instagram|facebook|twitter|x|tiktok|my story|social media)\b/g;

/** The lower-cased text with a share blanked (same length) when it is told beside praise (see the file comment). */
export function withoutShareOutOfLiking(lower: string): string {
  if (!PRAISE.test(lower) || /曝光|投诉|差评|让大家看看|\b(expose|shame|complain\w*)\b/.test(lower))
    return lower;
  return lower.replace(SHARE, (m) => ' '.repeat(m.length));
}
