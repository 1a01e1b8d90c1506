/**
 * Another bank held up as doing it better ("My Monzo account does this in 2 minutes. It's been 2 weeks here.",
 * "HSBC refunded me same day. Just saying.", "人家别的银行当天就到账了"): a reproach, not a question. Asking
 * whether the bank offers what another does ("my old bank let me download CSVs, can I do that here?",
 * "你们利率跟建行比哪个高") is a question and does not count.
 */

const OTHER_EN =
  '\\b(my other bank|my old bank|my previous bank|other banks|every other bank|any other bank|hsbc|monzo|revolut|starling|barclays|lloyds|natwest|santander|chase|citi|dbs|ocbc|uob|wise|n26)\\b';
const FAST_EN =
  '\\b(in (\\d+|a few|two|five|ten) (seconds|minutes|mins)|same day|same-day|instantly|straight away|right away|on the spot|in seconds|in minutes|no questions asked)\\b';
const OTHER_ZH =
  '(别的银行|别家银行|其他银行|人家银行|人家|隔壁银行|招行|建行|工行|农行|中行|交行|支付宝|微信)';
const FAST_ZH = '(几分钟|几秒|当天|当场|马上就|立刻就|秒到|一下就|一会儿就)';

const COMPARISON = new RegExp(`${OTHER_EN}[^?]{0,40}${FAST_EN}|${OTHER_ZH}[^。？?]{0,16}${FAST_ZH}`);
/** A question about it, not a reproach. */
const QUESTION = /[?？]|吗|\b(can|could|do|does|will|would) (i|you|we)\b|能不能|可不可以|是不是|哪个/;

export function otherBankComparison(lower: string): boolean {
  return COMPARISON.test(lower) && !QUESTION.test(lower);
}
