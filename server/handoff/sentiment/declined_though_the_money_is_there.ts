/**
 * A calm report that the customer's card was declined although the money is there: "tap to pay got refused at the
 * chemist this morning, there's over 600 in the account", "超市刷卡被拒了，卡里钱是够的，卡是上个月刚换的". The customer
 * states the fact that rules out the obvious cause (the balance, a new card) so the bank can find the real one; the
 * handoff model hears frustration in "declined" beside "but" (0.6 to 0.7). Only its frustration is set aside
 * (`../handoff_signals.ts`); the lexicon reads the message as before.
 *
 * Not when the message says more than the report: "again", a count of times, what it cost the customer (left the
 * shopping, in front of everyone, embarrassing), a word of exasperation, a complaint or a threat.
 */
import { shortEnough, soundsCalm, type ReportLength } from './calm_report.ts';
import type { SentimentAnalysis } from './sentiment_scorer.ts';

/** The card or a payment with it was declined. */
const DECLINED =
  /(刷卡|付款|支付|卡)[^，。！？,.!?]{0,6}(被拒|拒绝|失败|刷不了|不成功)|\b(card|payment|tap|contactless|it|transaction)\b[^.?!,]{0,20}\b(declined|refused|rejected|bounced|didn'?t go through|wouldn'?t go through)\b|\bdeclined at\b/;

/** The money is there, or the card is new: the obvious cause ruled out. */
const MONEY_THERE =
  /(钱|余额|额度)[^，。！？,.!?]{0,4}(是)?(够|足|充足|没问题)|卡[^，。！？,.!?]{0,4}(刚|新)(换|办|开)|\b(balance|funds|money)\b[^.?!]{0,12}\b(is|are|'s)\b[^.?!]{0,8}\b(fine|ok|okay|enough|plenty|there|available)\b|\b(plenty of|enough) (money|funds|balance)\b|\bthere'?s (over |more than |about )?[£$€₹]?\d[\d,.]*( \w+)? in (the|my) account\b|\b(card'?s|card is) (only )?(brand )?new\b|\bcard'?s only\b[^.?!]{0,20}\bold\b/;

/** More than the report: "again", a count, a cost to the customer, exasperation, a complaint or a threat. */
const MORE_THAN_A_REPORT =
  /[!！]|[?？]{2,}|又|再次|到底|每次|总是|老是|丢人|尴尬|排队|离谱|垃圾|气死|投诉|销户|第[二三四五六七八九十\d]+次|(两|三|几|\d+)次|\b(again|twice|every time|keeps|kept|still|times|third|embarrass\w*|humiliat\w*|in front of|queue|left (my|the)|had to (leave|pay|walk|borrow)|walk(ed)? away|ridiculous|useless|joke|seriously|complain(t)?|sick of|fed up|angry|furious|unacceptable)\b/;

/** Most characters of such a report (Han, Latin). */
const MAX_LENGTH: ReportLength = { han: 50, latin: 140 };

/** A calm report of a card declined though the money is there (see the file comment). */
export function isCalmDeclinedThoughTheMoneyIsThere(text: string, sentiment: SentimentAnalysis): boolean {
  const lower = text.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'");
  return (
    shortEnough(lower, MAX_LENGTH) &&
    DECLINED.test(lower) &&
    MONEY_THERE.test(lower) &&
    !MORE_THAN_A_REPORT.test(lower) &&
    soundsCalm(sentiment)
  );
}
