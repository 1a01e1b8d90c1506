/**
 * A buyer's overpayment or other odd offer refused, the item sold to someone else (check set dec49): "a buyer wanted to
 * send a cheque for more than the price and have me refund the rest, I said no and sold the sofa to someone else",
 * "有个买家说多转了钱让我退差价，我没答应，已经卖给别人了". The scheme is named, but the customer told them no and the deal
 * went elsewhere: nothing given, over (`declined` in `fraud_detector.ts`).
 *
 * Not when the customer already paid, refunded, banked the cheque or sent anything.
 */
import { IN_CLAUSE, re } from './cue_regex.ts';

const C = IN_CLAUSE;

/** The customer said no to them. */
const TOLD_NO = re(
  String.raw`\b(i )?(told|said to) (him|her|them|the (buyer|guy|man|woman|person|seller))( a flat| a firm)? no\b|\bi said no\b|\bi (refused|declined|turned (him|her|them|it) down)\b|\bnot (interested|falling for (it|that))\b|(我)?(没答应|没同意|拒绝了|回绝了|没理(他|她|对方)|说不行|不干)`,
);

/** The item sold to someone else instead. */
const SOLD_ELSEWHERE = re(
  String.raw`\bsold (it|them|the \w+|my \w+)( instead)? (to (someone|somebody|a|another|a different) ?(else|buyer|person|neighbou?r|local)?|elsewhere|for cash)\b|(卖给|卖给了|转给了|出给了)(别人|其他人|另(一|外一)(个|位)(人|买家)|别的买家|邻居)|(已经|早就)(卖掉|出掉|卖出去)了`,
);

/** The customer went along after all. */
const WENT_ALONG = re(
  String.raw`\bi (already |then )?(paid|sent|refunded|transferred|wired|banked|deposited|cashed|paid in)\b|我(已经|也|还是)?(退了|转了|付了|汇了|存了)${C}{0,6}(差价|钱|支票|给(他|她|对方))`,
);

/** Whether a lower-cased message tells an odd offer refused and the item sold to someone else (see above). */
export function isOverpaymentRefusedAndSoldElsewhere(lower: string): boolean {
  return TOLD_NO.test(lower) && SOLD_ELSEWHERE.test(lower) && !WENT_ALONG.test(lower);
}
