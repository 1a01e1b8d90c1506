/**
 * Money or a call the bank owed, asked after with a bare "where is it?" once its date has passed: "上周反映的重复扣款，
 * 工单显示已处理，钱呢？", "说好回电，等了三天，电话呢？", "salary was paid on the 25th. It's the 29th. Where is it?". The
 * model reads a status question; the bare demand after the date is the grievance. "工资一般几点到账？", "did my tax
 * refund come in yet?" ask without a date gone by and are plain.
 */
import { ruleText } from '../rule_text.ts';

const WHERE_ZH = /(钱|退款|款|工资|电话|回电|回复)(呢|在哪|去哪了?)[?？!！。…]*$/;

/** A date or a status already past: 上周, 三天, 15号, 已处理, 说好. */
const PAST_ZH = /上周|上个月|昨天|前天|[0-9一二三四五六七八九十两]+(天|号|个工作日)|已处理|已受理|说好|说会/;

const WHERE_EN =
  /\bwhere (is it|is my (money|salary|pay|refund)|'?s my (money|salary|pay|refund)|did it go)\?/;

/** A date or a count of days gone by: "on the 25th", "it's the 29th", "7 days", "since Tuesday". */
const PAST_EN =
  /\b(on|since|it'?s) the \d{1,2}(st|nd|rd|th)\b|\b\d+ (working )?(days|weeks)\b|\bsince (monday|tuesday|wednesday|thursday|friday|last)\b/;

/** A bare demand for what is owed after its date (see the file comment). */
export function isMoneyAskedAfterADate(text: string): boolean {
  const lower = ruleText(text);
  return (WHERE_ZH.test(lower) && PAST_ZH.test(lower)) || (WHERE_EN.test(lower) && PAST_EN.test(lower));
}
