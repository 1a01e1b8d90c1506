/**
 * A calm report that the customer's own payment has not reached the payee: "I sent money two days ago and it's not
 * there", "the 3000 I sent is missing on their end", "I paid my supplier this morning and they say nothing came
 * through", "昨天给房东转的钱 他说没收到", "我转的八百对方还没到账". The catalog's `transfer_status` intent; the handoff
 * model heard frustration (0.81) or a scam (0.57, 0.79) in "missing" / "nothing came through". The customer sent it
 * themself and asks after it, nobody else directing them. Set aside only for a short report of that and nothing
 * else: no one who told the customer to pay or to pay again, no wait of weeks or months, no word of exasperation
 * and nothing angry, sarcastic, repeated or shouted ("I sent it to the seller and he says he needs another 500
 * to release it" or any scheme the rules find is read as before, `../handoff_policy.ts`).
 */
import { shortEnough, soundsCalm, type ReportLength } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';

/** The customer's own payment: "I sent", "I paid my supplier", "the 3000 I sent", "我转的", "给房东转的钱". */
const SENT_EN =
  /\bi (?:sent|paid|transferred|wired|made (?:a|the) (?:payment|transfer))\b|\b(?:my|the) (?:payment|transfer)\b(?! (?:from|to me))/;
const SENT_ZH =
  /我(?:昨天|今天|前天|上午|早上|下午|刚才|刚刚)?(?:给.{1,6})?(?:转|汇|付)(?:了|的|过去的|出去的)|(?:给.{1,6})(?:转|汇|付)的(?:钱|款)/u;

/** It has not come: "not there", "missing", "nothing came through", "没收到", "还没到账". */
const NOT_THERE_EN =
  /\b(?:(?:is|s|it'?s|its) (?:not|missing)|isn'?t (?:there|showing|in)|not (?:there|showing|arrived|received|come through)|missing|(?:nothing|it) (?:came|has come|didn'?t come|hasn'?t come) through|(?:hasn'?t|haven'?t|didn'?t|has not|have not|did not|never) (?:arrived|got it|received it|reached|come through|landed|shown up)|(?:don'?t|doesn'?t|do not|does not) (?:see|have) it)\b/;
const NOT_THERE_ZH = /没(?:有)?(?:收到|到账|到|显示)|未(?:收到|到账)|查不到|找不到/u;

/** Someone else in it, a long wait or exasperation: more than a report. */
const MORE_EN =
  /\b(?:told me|asked me|wants? me|said i (?:must|have to|need)|again|another|more money|release|unlock|fee|weeks?|months?|still waiting|nobody|no one|ridiculous|unacceptable|joke|useless|seriously|where the hell)\b/;
const MORE_ZH =
  /让我|叫我|要我|再(?:转|交|付|汇)|手续费|解冻|保证金|几(?:个)?(?:星期|周|月)|一个月|半个月|到底|怎么回事|搞什么|烦|气/u;

const MAX_LENGTH: ReportLength = { han: 40, latin: 100 };

/** A short, calm report that the customer's own payment has not reached the payee (see the file comment). */
export function isCalmPaymentNotReachedThePayee(text: string, sentiment: SentimentAnalysis): boolean {
  const lower = text.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'").trim();
  if (!shortEnough(lower, MAX_LENGTH) || !soundsCalm(sentiment)) return false;
  if (/\p{Script=Han}/u.test(lower))
    return SENT_ZH.test(lower) && NOT_THERE_ZH.test(lower) && !MORE_ZH.test(lower);
  return SENT_EN.test(lower) && NOT_THERE_EN.test(lower) && !MORE_EN.test(lower);
}
