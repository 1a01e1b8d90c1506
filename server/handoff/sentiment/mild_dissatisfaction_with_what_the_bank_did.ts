/**
 * Dissatisfaction said mildly of something the bank did or decided: "对上次的处理结果不太满意，多扣的钱只退了一半", "你们的答复
 * 我不是很满意", "Not very happy that my savings rate was cut without a word", "not too pleased with how my dispute was
 * handled". The words are soft and the model reads a request to look again; the customer says the bank's handling,
 * decision or change left them dissatisfied, which is a grievance however politely put.
 *
 * Not dissatisfaction supposed ahead ("如果不满意可以申诉吗", "if I'm not happy with the outcome"), nor with a product
 * chosen ("收益不太满意，有没有高一点的": shopping for another), nor denied ("没有不满意").
 */
import { ruleText } from '../rule_text.ts';

/**
 * Mild dissatisfaction, said as such. Not "a bit disappointed" / 有点失望, which ordinary reports of a change use too
 * (with them one more everyday message of a blind set escalated, aggregate figures only).
 */
const MILD_ZH = /(不太|不是很|不大|不怎么|不是太|有点不|有些不|不算太?)(满意|满)/;
const MILD_EN =
  /\b(not|less than) (very|too|overly|entirely|particularly|terribly|that|best|all that|exactly|really|hugely) (happy|pleased|impressed|satisfied|thrilled)\b/;

/** What the bank did or decided: its handling, its answer, a refund cut short, a rate or a fee changed. */
const BANK_DEED_ZH =
  /处理(结果|方式|意见)?|答复|回复|结果|(只|才)(退|赔|补)了|退了一半|扣|收费|调整|下调|降了|(你们|银行)(的)?(做法|决定|规定)/;
const BANK_DEED_EN =
  /\b(dropped|cut|lowered|reduced|raised|increased|changed|charged|closed|removed|took|handled|handling|outcome|response|decision|resolution|refunded only|only refunded|half)\b|\bwithout (any |a )?(notice|email|letter|warning|word|telling)\b/;

/** Supposed ahead or denied. */
const SUPPOSED =
  /如果|要是|假如|万一|若是|没有不满|不是不满|\b(if|in case|should i (be|feel))\b|\bnot (un)?happy\?/;

/** Whether a message says mildly that something the bank did left the customer dissatisfied (see the file comment). */
export function isMildDissatisfactionWithWhatTheBankDid(text: string): boolean {
  const lower = ruleText(text);
  if (SUPPOSED.test(lower)) return false;
  return (
    (MILD_ZH.test(lower) && BANK_DEED_ZH.test(lower)) || (MILD_EN.test(lower) && BANK_DEED_EN.test(lower))
  );
}
