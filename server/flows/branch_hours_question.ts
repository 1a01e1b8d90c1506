/**
 * "周末营业吗？周六开门吗" / "what about weekends? are you open on Saturday?" while booking a branch visit: a
 * question about when the branches open, not the day of the visit. The day it names was taken as the
 * booking's date and the question dropped ("Got it. Morning or afternoon?"). Now the flow answers with the
 * branch hours (branch_hours.ts) and asks its question again; a plain "Saturday" / "周六吧" / "周六可以吗" still
 * picks the day. The customer's own working days ("我周六不上班，约周六吧") are no question about the bank's.
 */

/** Words of a branch being open or closed, said of the bank whoever says them. */
const ZH_OPEN = /营业|开门|关门|开不开|营不营业|开放|几点开|几点关|开到几点/u;
/** Words that may be the customer's own day ("我周六休息"): about the bank only with the bank named. */
const ZH_BANK_DAY =
  /(?:你们|网点|银行|支行|分行|柜台|那边|这边)[^，,。！!？?]{0,6}(?:上班|下班|休息|开着|有人|办公|办业务)/u;
/** A question: "吗", "？", "开不开", "几点", "什么时候", "有没有". */
const ZH_QUESTION = /[吗么嘛？?]|不开|不营业|不上班|几点|什么时候|哪天|哪几天|有没有|是不是/u;

const EN_OPEN = [
  // are you open on Saturday / is the branch open / do you open at weekends / will it be closed
  String.raw`\b(?:are|is|do|does|will|r)\s+(?:you|u|you guys|they|it|the bank|the branch(?:es)?|branches|your branch(?:es)?)\s+(?:still\s+|even\s+|also\s+)?(?:be\s+)?(?:open|opened|closed|working|work)\b`,
  String.raw`\b(?:opening|business|office|branch|working)\s+hours\b`,
  String.raw`\bwhat\s+(?:time|hours)\b[^.?!]*\b(?:open|close|closing)\b`,
  String.raw`\bwhen\s+(?:do|does|are|is)\b[^.?!]*\b(?:open|close|closed)\b`,
  String.raw`\bopen\s+(?:on|at|over|during)\s+(?:the\s+)?(?:weekends?|saturdays?|sundays?)\b`,
  // "what about weekends?": whether the branches open then, not a day (no weekend day is named)
  String.raw`\bwhat\s+about\s+(?:the\s+)?weekends?\b`,
].join('|');
const EN = new RegExp(EN_OPEN, 'iu');

/** Whether the message asks when the branches are open. */
export function asksBranchHours(text: string): boolean {
  if (/\p{Script=Han}/u.test(text))
    return (ZH_OPEN.test(text) || ZH_BANK_DAY.test(text)) && ZH_QUESTION.test(text);
  // "Saturday?" or "is Saturday ok?" offers a day, and matches none of these.
  return EN.test(text);
}
