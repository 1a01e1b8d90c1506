/**
 * Tried over and over, still failing, and asking what on earth is wrong: "验证码死活收不到，重发了十次，换了手机也不行，到底是
 * 哪里的问题", "Reset the password ten times, tried two phones, still can't log in. What on earth is going on?". One try
 * told calmly is a problem report (`code_not_received.ts`, `calm_check_question.ts`), which an article answers; a
 * customer who has retried many times, given the bank's way every chance and now asks 到底 / "what on earth" is worn out
 * with it, however polite the words or the article that answers the symptom.
 *
 * Not the customer's own wrong PIN or password, a count of two or three, nor a question without the exasperation.
 */
import { ruleText } from '../rule_text.ts';

/** Many tries: 十次, 十几遍, 无数次, 死活, "ten times", "a dozen times", "countless times". */
const MANY_TRIES =
  /(?<![一二两三四])(十|[五六七八九]|十几|几十|[1-9]\d|[5-9])(多)?(次|遍|回)|无数(次|遍)|死活|\b(\d{2,}|five|six|seven|eight|nine|ten|a dozen|dozens of|twenty|countless|umpteen|a hundred)( or so)? times\b/;

/** The exasperated question: 到底, 究竟, 怎么回事, "what on earth", "what the hell", "what is going on". */
const WHAT_ON_EARTH =
  /到底|究竟|搞什么|怎么回事|\bwhat (on earth|the hell|the heck|is going on|'?s going on|is wrong with)\b/;

/** The customer's own wrong PIN or password, or money miscounted: their own slips. */
const OWN_SLIP = /输错|记错|忘(了|记)|\b(wrong (pin|password)|forgot|mistyped)\b/;

/** Whether the message retries many times and asks what on earth is wrong (see the file comment). */
export function isTriedOverAndOverStillFailing(text: string): boolean {
  const lower = ruleText(text);
  return MANY_TRIES.test(lower) && WHAT_ON_EARTH.test(lower) && !OWN_SLIP.test(lower);
}
