/**
 * A customer who first says they do not want a row and then tells what the bank got wrong: "我不是要吵架，我只是想知道
 * 为啥我明明按时还款了，征信上显示逾期", "不是我找茬，卡明明激活了却还是刷不了", "I'm not trying to be difficult, but I paid
 * on time and it still shows as late", "no offence, but this is the third letter and it's still wrong". The disclaimer
 * itself tells that the customer expects a row; beside what contradicts their own doing (明明, 却, "still", "even
 * though") it is a grievance however calm the wording. A disclaimer before a plain request ("I'm not trying to be
 * difficult, but can I get paper statements?") and a denied complaint ("我不是要投诉，就问问") are no grievance.
 */
import { ruleText } from '../rule_text.ts';

const DISCLAIMER_ZH =
  /(我)?(不是|并不是|没)(要|想|故意)?(跟你们|和你们|跟你|和你)?(吵架|吵|找茬|找事|闹事|为难你|较真|挑刺|抬杠)|不是我(要|想|故意)?(找茬|找事|较真|挑刺|吵)/;

const DISCLAIMER_EN =
  /\b(i'm|i am|i'm really|i am really) not (trying|looking|wanting|meaning|here|out|going) to (be difficult|argue|cause (trouble|a fuss|problems)|make (a fuss|trouble)|kick up a fuss|be rude|pick a fight|start (a fight|an argument)|be awkward)\b|\bnot to (be difficult|be rude|make a fuss|be awkward|start an argument)\b|\bno offen[cs]e,? but\b|\bi don't want to (make a fuss|argue|cause trouble|be difficult|be awkward)\b/;

/** What went wrong despite the customer's own doing, or is still wrong. */
const CONTRADICTION_ZH = /明明|却|居然|竟然|怎么还|还是(没|不|显示)|到现在(都|还)|又(扣|错|显示)/;
const CONTRADICTION_EN =
  /\b(even though|despite|still|yet again|again|(done|had|been through) (that|this|it) already|already (argued|complained|asked|disputed)|third time|second time|and (it|you|your \w+) (still|never)|never (arrived|came|got|fixed))\b/;

/** A "no row meant" disclaimer beside a contradiction (see the file comment). */
export function isNotTryingToArgueBut(text: string): boolean {
  const lower = ruleText(text);
  return (
    (DISCLAIMER_ZH.test(lower) && CONTRADICTION_ZH.test(lower)) ||
    (DISCLAIMER_EN.test(lower) && CONTRADICTION_EN.test(lower))
  );
}
