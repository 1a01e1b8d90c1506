/**
 * The customer's own wrong PIN or password, and the lock it set off ("wrong pin 3 times", "I kept typing the wrong
 * password on the banking app and now it says I'm locked out", "取钱时密码试了三次都不对，现在卡锁了，能重新设个密码吗",
 * "输了好几遍密码都说不对"). The tries were the customer's own mistakes, not the bank's failures: the model hears
 * frustration in the count and the lock, the lexicon a repeated failure. A PIN said to be right ("明明是对的", "the
 * right PIN"), a word of exasperation, a complaint or a threat is read as before.
 */
import { ruleText } from '../rule_text.ts';
import { soundsCalm } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';

/** A PIN or password the customer got wrong or forgot. */
const OWN_WRONG =
  /密码[^，。！？,.!?]{0,10}(不对|错了|输错|错误)|(输|按|打)错(了)?[^，。！？,.!?]{0,4}密码|忘(了|记)[^，。！？,.!?]{0,4}密码|\b(wrong|incorrect) (pin|password|passcode|passwords|pins)\b|\bforgot (my |the )?(pin|password|passcode)\b|\b(pin|password|passcode) (was |is )?(wrong|incorrect)\b/;

/** The PIN said to be right, or a word of exasperation, a complaint or a threat. */
const NOT_OWN =
  /明明|没(有)?输错|还(得|要)(跑|去)|[?？]{2,}|是对的|没错|[!！]|又|到底|凭什么|离谱|垃圾|烦|投诉|销户|换(一)?家|\b(right|correct) (pin|password|passcode)\b|\b(again|seriously|ridiculous|useless|joke|complain(t)?|close my account|sick of|fed up|your system|have to (go|come) (in|to))\b/;

/** The count of tries, the lock and being shut out, blanked for the lexicon (offsets kept). */
const TRIES_AND_LOCK =
  /(试|输|按)了?(好)?(几|\d+|三|两|多)(次|遍|回)|都不对|不对|锁(了|住|定)|\b(\d+|two|three|four|five|several|many|a few) times\b|\b(kept|keep) (typing|entering|putting in)\b|\blocked( me)?( out)?\b|\bcan'?t (get|log|sign) (in|into|on)\b|打不开|进不去|登不上|登录不了/g;

/** The words of such a report (lower-cased). */
export function isOwnWrongPinText(lower: string): boolean {
  const text = lower.normalize('NFKC');
  return OWN_WRONG.test(text) && !NOT_OWN.test(text);
}

/** The text with the tries and the lock of the customer's own wrong PIN blanked for the lexicon (offsets kept). */
export function withoutTriesAndLock(lower: string): string {
  return lower.replace(TRIES_AND_LOCK, (m) => ' '.repeat(m.length));
}

/** A calm report of the customer's own wrong PIN or password and its lock (see the file comment). */
export function isCalmOwnWrongPin(text: string, sentiment: SentimentAnalysis): boolean {
  const lower = ruleText(text);
  return isOwnWrongPinText(lower) && soundsCalm(sentiment);
}
