/**
 * The person to be paid is with the customer, or asked face to face ("need to pay my brother back 250, hes with
 * me now", "he asked me over Sunday lunch", "我哥…昨晚回家吃饭当面跟我说的", "卡号是他探亲回来我亲手抄的"). No scam in
 * the written corpus is told this way: the scammer is never in the room. Such a message, with no scheme named,
 * lets the model's fraud alarm stand only when the model is sure.
 */

const PRESENT_EN =
  /\b(he'?s|she'?s|they'?re|he is|she is|they are) (here )?(with me|next to me|sat next to me|on the sofa next to me|beside me|in front of me|right here)\b|\bi'?m (stood|standing) (here )?looking at it\b|\bover (sunday )?(lunch|dinner|breakfast)\b|\bwhen (he|she|they) (picked me up|came round|visited)\b|\b(he|she|they) (came|popped|dropped|stopped) (round|over|by)\b[^.?!]{0,30}\b(with|and showed me|to show me)\b/;
const PRESENT_ZH =
  /就在(我)?(跟前|身边|旁边|边上|对面)|人就在我|当面(说|给|跟我说|确认|说好)|亲手(抄|写)|亲眼看|回家吃饭.{0,4}(说|跟我说)|(他|她)[^，。！？]{0,6}(来|到)(了)?(我)?家(里)?[^，。！？]{0,6}(给我看|拿着|带着|带了)/;

/** Whether a lower-cased message says the payee is present or asked in person. */
export function payeePresent(lower: string): boolean {
  return PRESENT_EN.test(lower) || PRESENT_ZH.test(lower);
}
