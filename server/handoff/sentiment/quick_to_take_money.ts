/**
 * Sarcasm that sets the bank's speed at taking money against its slowness at giving it back: "退款要30个工作日，
 * 你们扣钱的时候倒是挺快的", "收费倒是一分不少", "funny how you're quick enough to take the fee though", "you were fast
 * enough to charge me". Said without an angry word, the model and the lexicon read it as calm; the contrast (倒是,
 * "enough", "funny how") is the grievance. A plain remark that a payment went through quickly ("扣款挺快的，几秒就
 * 到账", "the card charged quickly") has no such contrast.
 */
import { ruleText } from '../rule_text.ts';

const ZH =
  /(扣|收|划)(钱|费|款|走)?[^，。！？,.!?]{0,6}倒(是)?(挺|很|蛮|真|是|特别|相当)?(快|积极|及时|准时|利索|麻利|勤快|痛快)|(收|扣)[^，。！？,.!?]{0,3}倒(是)?一分(钱)?(都|也)?不(少|差)/;

const EN =
  /\b(quick|fast|prompt|speedy|swift|eager|happy) enough to (take|charge|debit|grab|collect|deduct)\b|\bfunny how (you're|you are|you were|you guys are|the bank is|your bank is) (always |so |very )?(quick|fast|prompt|swift|eager) to (take|charge|debit|grab|collect|deduct)\b|\b(no|never any) (trouble|problem|delay) (taking|charging|collecting|deducting) (my|the|your)\b/;

/** The bank's haste to take money said as a reproach (see the file comment). */
export function isQuickToTakeMoney(text: string): boolean {
  const lower = ruleText(text);
  return ZH.test(lower) || EN.test(lower);
}
