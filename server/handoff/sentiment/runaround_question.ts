/**
 * A question that says the bank's own process cannot be got through: "去柜台又让她下载app，她八十了怎么下", "how do I
 * report a stolen card if the phone line is a maze?", "why does a small transfer need a passcode that never arrives?",
 * "exactly how many security questions does it take? I'm on question 7.". The model reads a how-to question; the
 * impossibility the customer points at is the grievance. "怎么下载app", "how do I report a stolen card?" and "how many
 * questions are there?" ask plainly.
 */
import { ruleText } from '../rule_text.ts';

/** Sent elsewhere again, then asked how that could be done: 又让她下载app…怎么下. */
const SENT_AGAIN_ZH =
  /(又|还)(让|叫|要)(我|她|他|我们|老人).{0,30}怎么(下|弄|办|搞|用|去|做|学)[了吗呢啊?？!！]*$/;

const IMPOSSIBLE_EN =
  /\bhow (do|am|can|should) i\b[^?]{0,60}\bif (the|your|it|you|nobody|no one)\b[^?]{0,40}\b(maze|never|doesn'?t|won'?t|can'?t|isn'?t|keeps)\b|\bwhy (does|do|is|are|must|should)\b[^?]*\bthat never (arrives|comes|shows up|turns up|works)\b|\bexactly how many\b[^?]*\?\s*i('?m| am) on\b/;

/** The bank's process told as impossible to get through (see the file comment). */
export function isRunaroundQuestion(text: string): boolean {
  const lower = ruleText(text);
  return SENT_AGAIN_ZH.test(lower) || IMPOSSIBLE_EN.test(lower);
}
