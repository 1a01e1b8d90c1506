/**
 * A question about how something works ("转到别的银行多久到账", "how long does a transfer to another bank
 * take", "转账要手续费吗") rather than a request to do it ("给张三转500", "I want to send money"). The intent
 * model hears "转账" and picks the transfer flow either way; when the message asks for information, names no
 * amount or payee, and an article answers it well, the article is the answer (a customer who wanted the
 * transfer says so next).
 */
import type { Understanding } from '../nlu/understanding.ts';

const ZH_ASKS =
  /多久|多长时间|几天|几个小时|什么时候(?:能)?到|啥时候到|多少钱|手续费|收费|要钱吗|限额|上限|最多能|能到吗|到账时间|怎么算|是什么意思/;
const EN_ASKS =
  /\bhow long\b|\bhow much (?:does|do|is|are|will)\b|\bwhen (?:will|does|do)\b.*\barrive\b|\bfees?\b|\bcharges?\b|\bcost\b|\blimit\b|\bmaximum\b|\bwhat does .* mean\b/i;
/** Details of an actual request: with these the customer is doing it, not asking about it. */
const ACTION_ENTITIES = new Set(['amount', 'payee', 'card_tail', 'account_tail', 'phone']);

export function asksForInformation(u: Understanding): boolean {
  if (u.entities.some((e) => ACTION_ENTITIES.has(e.type))) return false;
  return ZH_ASKS.test(u.text) || EN_ASKS.test(u.text);
}
