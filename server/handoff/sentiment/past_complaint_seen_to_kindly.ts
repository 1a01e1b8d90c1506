/**
 * A past complaint mentioned kindly, with what changed since: "去年投诉过你们大堂没座位，今天来一看加了好多椅子，不错。
 * 想问下…", "I complained about the queues last month and you've opened another counter since, thanks. Where do I…".
 * The complaint is over and praised; no threat to complain. The same complaint still open ("投诉过…到现在也没改",
 * "I complained… and it's still the same") is one.
 */

export const PAST_COMPLAINT_SEEN_TO_KINDLY_ZH: RegExp[] = [
  /(上个月|上周|上次|上回|之前|以前|去年|前几天|前阵子|前段时间)[^。！？?]{0,10}投诉过[^。！？?没不未又还但]{0,30}(挺好|很好|真好|不错|改进了|改善了|改了|满意|点赞|谢谢|感谢)(?![^。！？?]*(没|不|未|但|可是|还是|又))/,
];

export const PAST_COMPLAINT_SEEN_TO_KINDLY_EN: RegExp[] = [
  /\bi (complained|made a complaint|raised a complaint)\b(?:(?!\b(not|still|again|but|never)\b|n't)[^.!?]){0,70}\b(nice|great|good|thanks|thank you|appreciated|much better|well done|lovely)\b(?![^.!?]*\b(but|not|still|again)\b)/,
];
