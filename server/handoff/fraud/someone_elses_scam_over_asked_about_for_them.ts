/**
 * Someone else's scam that is over, asked about for them (check set dec49): a person the customer knows was tricked, it
 * has ended or been reported, and the customer asks what the bank offers victims, to pass it on ("a lady from my
 * book club was conned by a fake army officer online; it's finished and she's reported it. Do you offer any support I
 * could tell her about?", "我们小区一个阿姨被网上冒充军人的骗了，现在已经结束了也报警了，你们有没有对受害人的帮扶"). The
 * scheme named is her story (`settled` in `fraud_detector.ts`).
 *
 * Not when it reaches the customer now: someone asks them for money or a fee, contacts them, or they paid.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** Someone else was tricked (not "I was" or "we were"). */
const THEY_WERE_TRICKED = re(
  String.raw`(?<!\b(i|we|i'?ve|we'?ve|i'?d|we'?d) )\b(was|were|got|had been|has been|have been|'s been) (tricked|scammed|conned|defrauded|duped|fooled|taken in|catfished|swindled)\b|(她|他|他们|阿姨|大姐|朋友|邻居|同事|亲戚)${C}{0,10}(被(人)?骗|上当|受骗|被${C}{0,8}骗)`,
);

/** It is over for them: ended, or reported. */
const OVER_FOR_THEM = re(
  String.raw`\b(it'?s|it is|it has|it'?s all|that'?s) (all )?(over|finished|ended|done)( now)?( for (her|him|them))?\b|\b(she|he|they)( has| have|'s|'ve)? (already )?reported (it|him|them|the scam)\b|\b(she|he|they)( has| have|'s|'ve)? (stopped|cut (him|her|them) off|blocked (him|her|them))\b|(已经|都)?(结束|过去)了|(她|他|他们)${C}{0,4}(已经)?报(了|过)?(警|案)`,
);

/** It reaches the customer now: money, a fee, a contact, a payment of theirs. */
const REACHES_THE_CUSTOMER = re(
  String.raw`\b(asked|asking|wants?|wanted|pushing|told) me to\b|\b(contacted|called|rang|texted|emailed|messaged) me\b|\b(fee|deposit|release)\b|\bi (sent|paid|transferred|gave|lent)\b|(让|叫|要)我(转|付|交|汇|借)|找我(借|要)|我(也)?(转|汇|付|借)了|手续费|保证金`,
);

/** Whether a lower-cased message tells someone else's scam that is over, asked about for them (see above). */
export function isSomeoneElsesScamOverAskedAboutForThem(lower: string): boolean {
  return THEY_WERE_TRICKED.test(lower) && OVER_FOR_THEM.test(lower) && !REACHES_THE_CUSTOMER.test(lower);
}
