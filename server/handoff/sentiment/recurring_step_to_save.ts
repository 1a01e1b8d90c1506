/**
 * A form filled in by hand for every payment, asked to be saved ("给在悉尼读书的女儿转房租，每次都要填一堆资料，能保存成
 * 模板吗", "every time I pay my son's school I have to type in all the details again, can I save them as a payee?"):
 * a request for a template or a saved payee, not the exasperation of having to repeat oneself to the bank
 * (每次…都, "every time… again" in the lexicon). With a word of exasperation beside it ("烦死了", "why can't you",
 * "sick of") it reads as before.
 */

/** A step done by hand each time: filling in, typing, choosing, uploading. */
const RECURRING_STEP =
  /每(一)?次[^，。！？,.!?]{0,12}(都)?(要|得|需要|必须)(重新)?[^，。！？,.!?]{0,4}(填|输|录|写|选|上传|提交|核对)|\bevery (single )?time\b[^.?!]{0,40}\b(have to|need to|must|got to)\b[^.?!]{0,10}\b(fill in|fill out|type|retype|re-type|enter|re-enter|add|upload|select|choose|look up)\b/gu;

/** Asks for it to be kept for next time. */
const SAVE = /模板|模版|常用(收款人|联系人|账户)|保存|存(下来|起来)|记住|收藏|下次直接|一键/u;
const SAVE_EN =
  /\b(templates?|save (it|them|him|her|this|these|that|the (details|payee|form|information|info)|his|their|my)|saved (payees?|recipients?|details)|remember (the|my|them|it)|favou?rites?|reuse)\b/;

/** A word of exasperation: more than a request. */
const EXASPERATED =
  /烦|累死|麻烦死|受够|到底|凭什么|为什么|为啥|就不能|\b(sick of|fed up|tired of|seriously|ridiculous|useless|joke|why can'?t|why do i|annoying)\b/u;

/**
 * The lower-cased text with a step done each time blanked (same length) when the customer asks calmly for it to be
 * saved (see the file comment); else the text as it was.
 */
export function withoutRecurringStepToSave(lower: string): string {
  if (!(SAVE.test(lower) || SAVE_EN.test(lower)) || EXASPERATED.test(lower)) return lower;
  return lower.replace(RECURRING_STEP, (m) => ' '.repeat(m.length));
}
