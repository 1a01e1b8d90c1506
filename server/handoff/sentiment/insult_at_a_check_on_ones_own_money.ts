/**
 * An insult flung at the bank's check on the customer's own money: "我自己的卡取自己的钱还要人脸验证，神经病吧", "转个账给我
 * 自己另一张卡都被风控，有病吧", "flagged a transfer between my own accounts as suspicious? are you insane?". However few
 * the words, the insult is anger at the bank. The same check asked about calmly ("我自己的卡转账提示异常，怎么办") has no
 * insult and stays with the assistant.
 */
import { ruleText } from '../rule_text.ts';

const INSULT_ZH = /有病吧|有病啊|神经病(吧|啊)?|脑子(有病|进水|有坑|坏了)|是不是有病|毛病吧/;
const INSULT_EN =
  /\b(are you|is your (system|bank|app)) (insane|mad|crazy|nuts|out of (your|its) mind|having a laugh)\b|\bare you (serious|kidding me)\b/;

/** The customer's own money, card or account. */
const OWN_ZH =
  /我自己的|自己的(钱|卡|账户|存款|工资)|自己(另一张|另外一张|名下的?)(卡|账户)|本人的|我的工资卡/;
const OWN_EN = /\bmy own (money|account|accounts|card|salary|savings|funds)\b|\bbetween my (own )?accounts\b/;

/** The bank's check on it. */
const CHECK_ZH = /异常|风控|冻结|限制|限额|拦截|验证|审核|可疑|涉嫌/;
const CHECK_EN = /\b(flagged|suspicious|blocked|frozen|held|verification|verify|security check|unusual)\b/;

/** "我自己的工资卡…涉嫌异常交易？？有病吧" (see the file comment). */
export function isInsultAtACheckOnOnesOwnMoney(text: string): boolean {
  const lower = ruleText(text);
  return (
    (INSULT_ZH.test(lower) && OWN_ZH.test(lower) && CHECK_ZH.test(lower)) ||
    (INSULT_EN.test(lower) && OWN_EN.test(lower) && CHECK_EN.test(lower))
  );
}
