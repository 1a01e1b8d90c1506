/**
 * What the customer's own fee pays for, asked wryly: "Remind me what exactly I pay a monthly fee for on this account?",
 * "what am I even paying £12 a month for?", 我每个月交的管理费到底买了个啥, 这年费交了个寂寞. The trained model reads a
 * question about a fee; the doubt that it buys anything is the grievance. A sincere question about a fee ("what is the
 * monthly fee for this account?", "what does the monthly fee cover?", 管理费是干什么用的) has no wry word and no doubt in it.
 */
import { ruleText } from '../rule_text.ts';

/** "what … I pay/am paying … for", in one sentence. */
const PAYING_FOR_EN =
  /\bwhat\b[^.?!]{0,30}\b(i|we)('m| am|'re| are| do| did)?\s*(even |actually |exactly |really )?(pay|paying|paid|charged|being charged|forking out|shelling out)\b[^.?!]{0,40}\bfor\b\s*(,?\s*(exactly|again|then|now|precisely))?\s*([.?!]|$|on (this|my|the)|with you|every|each)/;
const WRY_EN = /\b(remind me|tell me again|exactly|even|actually|precisely|on earth|again)\b/;

const BOUGHT_NOTHING_ZH =
  /(交|付|扣)(了)?个寂寞|(我)(每(个)?月|每年|一年|一个月)?[^，。！？,.!?]{0,4}(交|付|被扣)(的)?[^，。！？,.!?]{0,8}(费|钱)[^，。！？,.!?]{0,6}(到底|究竟)(是)?(买|交|付|图|干|为|换)(了)?(个|些)?(啥|什么|嘛)|提醒(我)?一下[^。！？!?]{0,20}费[^。！？!?]{0,12}(干嘛|干什么|啥用|什么用|买了(个)?啥)/;

/** What the customer's fee pays for, asked wryly (see the file comment). */
export function isWhatTheFeePaysForAskedWryly(text: string): boolean {
  const lower = ruleText(text);
  if (BOUGHT_NOTHING_ZH.test(lower)) return true;
  return lower.split(/(?<=[.?!])\s+/).some((s) => PAYING_FOR_EN.test(s) && WRY_EN.test(s));
}
