/**
 * Someone else's scam call or text, long past and reported, told as the reason for a general question (check set
 * dec50): "my neighbour got a call from 'the police' saying her account was linked to money laundering, that was in
 * 2022 and she reported it; she wants to know if banks ever ask you to move money to a 'safe account'", "我邻居前年接到过
 * 冒充公安的电话，说她涉嫌洗钱，她当时就报警了。她想问银行会不会让人把钱转到安全账户". The scheme named is her old
 * story; nobody approaches anyone now (`settled` in `fraud_detector.ts`).
 *
 * Not when the call is the customer's own, not long past, or reaches anyone now: called again, still calling, asked
 * to move or pay now, money sent.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** Someone else (not the customer) got a call, a text or a message. */
const THEY_GOT_A_CALL = re(
  String.raw`\bmy (neighbou?r|friend|colleague|aunt|uncle|cousin|mum|mom|dad|mother|father|nan|gran|grandma|grandad|grandpa|sister|brother|in-laws?|mother-in-law|father-in-law)( \w+)? (got|had|received) (a|an|this|one of those) (call|phone call|text|message|email|voicemail)\b|(邻居|朋友|同事|亲戚|阿姨|叔叔|我妈|我爸|我婆婆|我岳母|老人|她|他)${C}{0,6}接(到|过)(过)?${C}{0,12}(电话|短信|来电)`,
);

/** Long past: a year named, last year, years ago. */
const LONG_PAST = re(
  String.raw`\b(in|back in) (19|20)\d\d\b|\bthat was (in )?(19|20)\d\d\b|\b(last year|years? ago|a few years back|two years back)\b|(去年|前年|前几年|几年前|[一二两三四五六七八九十\d]+年前|(19|20)\d\d年)`,
);

/** Reported or over. */
const REPORTED_OR_OVER = re(
  String.raw`\b(she|he|they)( has| have|'s|'ve)? (already |then |straight away )?reported (it|him|them|the call|the scam)\b|\breported (it )?to the (police|bank)\b|(她|他|他们)?${C}{0,4}(当时|已经|马上|就)?报(了|过)?(警|案)|(已经|早就)?(结束|过去)了`,
);

/** It reaches someone now: called again, still calling, asked to move or pay now, money sent. */
const NOW = re(
  String.raw`\b(again|still|keeps?|now (they|he|she|someone)|today|this (week|morning))\b|\b(asked|asking|wants?|told|telling) (me|her|him|them) to\b(?! (check|ask|find out|see|look into)\b)|\b(sent|paid|transferred|moved) (the |her |his |their )?money\b|又(打|来|发|催)|还在|现在${C}{0,4}(又|还)|今天|(让|叫|要|催)(我|她|他)(转|付|交|汇|把)|(已经|还是)(转|汇|付|交)了`,
);

/** Whether a lower-cased message tells someone else's scam call, long past and reported (see above). */
export function isSomeoneElsesScamCallLongPastAndReported(lower: string): boolean {
  return (
    THEY_GOT_A_CALL.test(lower) && LONG_PAST.test(lower) && REPORTED_OR_OVER.test(lower) && !NOW.test(lower)
  );
}
