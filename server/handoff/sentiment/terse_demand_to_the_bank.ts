/**
 * A terse demand: an order with "NOW" typed in capitals ("Unblock my card NOW.", "Fix it NOW, I'm stuck at the till"),
 * or a curt "Enough." before closing everything ("Enough. Close every account I have.", "够了。把我所有的卡都销了", "行了，
 * 全部销户"). The clipped order is the anger. A plain request to close an account for a reason ("please close my
 * account, I'm moving abroad") or a "now" in lower case ("can I pay now?") is none.
 */
import { ruleText } from '../rule_text.ts';

/** An imperative with NOW in capitals, in the text as typed. */
const ORDER_NOW_EN =
  /\b(fix|unblock|unfreeze|unlock|sort|refund|return|give|release|cancel|close|reverse|reactivate|open|reset|send|pay)\b[^.?!]{0,30}\bNOW\b/i;
const NOW_CAPS = /\bNOW\b/;
const ORDER_NOW_ZH =
  /(现在|立刻|马上|立马)(就)?(给我)?(解冻|解锁|退|恢复|处理|解决|弄好)[^，。？?]{0,8}[!！]{1,}/;

const ENOUGH_EN = /^\W*(enough|that's it|right, that's it|i'm done)[.!]/;
const CLOSE_ALL_EN =
  /\bclose\b[^?]{0,30}\b(all of them|all my|every|everything|all accounts|both)\b|\bclose (it|them) all\b/;
const ENOUGH_ZH = /^\W*(够了|行了|受够了)[。！!，,]/;
const CLOSE_ALL_ZH = /(所有|全部|统统|都)[^，。]{0,8}(销|注销|销户|关掉)|(全部|统统)销户/;

/** "Fix my card NOW.", "Enough. Close my accounts. All of them." (see the file comment). */
export function isTerseDemandToTheBank(text: string): boolean {
  const trimmed = text.normalize('NFKC').trim();
  const lower = ruleText(trimmed);
  if (NOW_CAPS.test(trimmed) && ORDER_NOW_EN.test(trimmed)) return true;
  if (ORDER_NOW_ZH.test(lower)) return true;
  return (
    (ENOUGH_EN.test(lower) && CLOSE_ALL_EN.test(lower)) || (ENOUGH_ZH.test(lower) && CLOSE_ALL_ZH.test(lower))
  );
}
