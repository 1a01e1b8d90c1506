/**
 * A caller posing as a relative, caught out by the customer's check question and hung up on ("有人打电话说是我孙子 …
 * 我问他小名他答不上来 我就挂了 钱一分没给"): the anti-fraud advice followed. "他答不上来" there is the caller's failing,
 * not the bank's, and weighs as off topic. Without a caller turned down ("我问了你们客服三遍 她都答不上来") it is still
 * anger at the bank.
 */

/** Within one clause. */
const C = String.raw`[^，。！？,.!?]`;

/** Someone who rang or wrote, claiming to be someone else. */
const CALLER = new RegExp(
  String.raw`(打电话|来电|打来|发消息|发微信|发短信)${C}{0,4}(说|自称)(是|他是|她是)|自称|冒充|\b(pretending|claiming|said he was|said she was|saying (he|she) was)\b`,
  'u',
);

/** The customer ended it and gave nothing. */
const TURNED_DOWN =
  /我(就|直接|马上|立马|当场)?(把电话)?(挂了|挂断|拉黑)|(钱)?一分(钱)?(都|也)?没(给|转)|没给(他|她)?钱|\b(hung up|put the phone down|gave (him|her|them) nothing)\b/u;

/** The caller could not answer the customer's check: "他答不上来", "he couldn't answer". */
const COULD_NOT_ANSWER = new RegExp(
  String.raw`(他|她|对方|那人|那边)${C}{0,3}(答不上来|答不出来|说不上来|说不出来|回答不上来|答不上)|\b(he|she|they|the caller) (couldn'?t|could not|didn'?t|did not) (answer|say|tell me)\b`,
  'gu',
);

/** Start and end offsets of a caller's failed check in a turned-down approach, in a lower-cased text. */
export function callerCaughtOutSpans(lower: string): Array<[number, number]> {
  if (!CALLER.test(lower) || !TURNED_DOWN.test(lower)) return [];
  return [...lower.matchAll(COULD_NOT_ANSWER)].map((m) => [m.index, m.index + m[0].length]);
}
