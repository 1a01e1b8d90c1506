/**
 * A mock reward asked for an ordeal the bank made the customer repeat: "Do I get a prize for the tenth password reset
 * this month?", "is there a medal for my fifth trip to the branch?", 这个月第十次重置密码了，有奖品吗,
 * 锁卡都第五回了，是不是该给我发个奖状. The model reads a question about rewards; the count of the ordeal is the grievance.
 * A reward asked for something the customer chose to do again ("do I get a reward for my tenth purchase?",
 * 第十次消费有奖励吗) names no ordeal.
 */
import { ruleText } from '../rule_text.ts';

const ORDINAL_EN =
  '(\\d+(st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|fiftieth|hundredth|umpteenth|nth|millionth)';
const ORDEAL_EN =
  "(reset|resets|password|pin|lockout|lock-out|locked out|call|phone call|complaint|visit|trip|attempt|time (i|i've|i have|you)|replacement|new card|form|id check|verification|code|login|log-in|log in|chat|email|letter|time asking|time calling|time explaining)";
const PRIZE_EN =
  '(what (do|will|would) (i|we) win|prize|medal|trophy|award|badge|certificate|gold star|reward|loyalty points|loyalty card|free toaster)';

const PRIZE_FOR_ORDEAL_EN = new RegExp(
  `\\b${PRIZE_EN}s?\\b[^.?!]{0,40}\\b${ORDINAL_EN}\\b[^.?!]{0,20}\\b${ORDEAL_EN}\\b`,
);

/** 第十次重置, 五回了, 六趟: an ordeal counted, then a prize asked for within the message. */
const ORDEAL_COUNTED_ZH =
  /(第[\d一二三四五六七八九十几百两]+(次|回|趟|遍)|[\d一二三四五六七八九十几百两]+(次|回|趟|遍)了)/;
const ORDEAL_ZH =
  /重置|改密码|忘(记)?密码|密码锁|锁(卡|了)|冻结|补卡|换卡|跑(网点|银行|柜台)|打(电话|客服)|投诉|验证|认证|刷脸|排队|登录|登不上|失败|被拒|退回|填表|交材料/;
const PRIZE_ZH =
  /奖品|奖状|奖杯|锦旗|勋章|颁(个)?奖|发(个|张|一张|一个)?奖|集(个)?章|(送|发)(个|点)?(礼品|礼物)|有奖(励)?吗|奖励(吗|不|么)/;

/** A prize asked for an ordeal counted (see the file comment). */
export function isPrizeForARepeatedOrdeal(text: string): boolean {
  const lower = ruleText(text);
  if (PRIZE_FOR_ORDEAL_EN.test(lower)) return true;
  return ORDEAL_COUNTED_ZH.test(lower) && ORDEAL_ZH.test(lower) && PRIZE_ZH.test(lower);
}
