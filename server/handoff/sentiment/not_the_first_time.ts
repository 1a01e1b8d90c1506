/**
 * "Not the first time" opening a report of the bank's failure: "不是第一次了，机器又吞了我的钱", "这已经不是头一回了，转账
 * 又卡住", "not the first time: the ATM took the money and gave no cash", "this isn't the first time this has happened".
 * The count of times is the grievance however flat the report. The customer's own slip ("不是第一次忘密码了，怪我")
 * is no grievance: it is told as their own doing.
 */
import { ruleText } from '../rule_text.ts';

const NOT_FIRST_EN =
  /\b(not|isn'?t|is not|wasn'?t) the first time\b|\bnot for the first time\b|\b(it|this|that)'?s happened (before|again)\b/;
const NOT_FIRST_ZH = /(不是|已经不是|都不是)(第一次|头一回|头一次|一次两次)(了)?/;
const OWN_SLIP = /怪我|我自己|my (own )?(fault|bad|mistake)|i (forgot|typed|entered)|忘(了)?密码|输错/;

/** "Not the first time" beside no slip of the customer's own (see the file comment). */
export function isNotTheFirstTime(text: string): boolean {
  const lower = ruleText(text);
  return (NOT_FIRST_EN.test(lower) || NOT_FIRST_ZH.test(lower)) && !OWN_SLIP.test(lower);
}
