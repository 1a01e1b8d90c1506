/**
 * "Take your time now": the customer got what they needed elsewhere and tells the bank, dryly, that it need not hurry.
 * "没事了，钱我已经从别的地方借到了，你们的贷款审批慢慢批吧", "在别家办好了，你们慢慢审吧", "Sorted it with another bank, so take
 * all the time you like", "my parents lent me the money, no rush now". The message reads settled, but it is a customer
 * lost. A kind "不急，你们慢慢查" or "no rush, take your time" with nothing got elsewhere is courtesy.
 */
import { ruleText } from '../rule_text.ts';

const ELSEWHERE_ZH =
  /别的地方|别处|别家|别的银行|其他银行|其他地方|其他平台|别的平台|朋友那|亲戚那|家里人?那/;
const TAKE_TIME_ZH =
  /慢慢(批|审|审核|查|处理|办|弄|搞|来|核实|研究|等)(吧|好了|去吧|去)|不(用|必)(着急|急)了|不着急了/;
const ELSEWHERE_EN =
  /\b(elsewhere|another (bank|lender|provider)|a different (bank|lender|provider)|somewhere else|my (parents|family|mum|mom|dad|friend|brother|sister) (lent|gave|helped|covered))\b/;
const TAKE_TIME_EN =
  /\btake (all )?(the |your )?time( you (want|like|need))?\b|\bno (rush|hurry) (now|anymore|any more)\b|\bdon'?t (rush|hurry) on my account\b|\bno need to (rush|hurry) (now|anymore|any more)\b/;

/** Got it elsewhere, so the bank may take its time (see the file comment). */
export function isTakeYourTimeNow(text: string): boolean {
  const lower = ruleText(text);
  return (
    (ELSEWHERE_ZH.test(lower) && TAKE_TIME_ZH.test(lower)) ||
    (ELSEWHERE_EN.test(lower) && TAKE_TIME_EN.test(lower))
  );
}
