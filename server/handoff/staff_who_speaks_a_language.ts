/**
 * An ask for a member of staff who speaks a language: "is there any staff who speaks Hindi? My father wants to ask
 * about his pension", "do you have someone who can speak Cantonese?", "有没有会说粤语的工作人员", "能不能找个会讲英语的
 * 客服". It asks for a person, not for the assistant to switch language ("can you speak English?", "你会说中文吗",
 * `language_question.ts`), so it is an ask for a person whatever the model reads.
 */
import { ruleText } from './rule_text.ts';

const EN =
  /\b(is there|are there|do you have|have you got|have you any|got|can i (get|have|talk to|speak to|speak with)|could i (get|have|talk to|speak to|speak with)|i need|i'd like|looking for)\b[^.!?]{0,20}\b(staff|staff member|member of staff|employee|agent|advisor|adviser|banker|person|people|someone|somebody|anyone|anybody|human|cashier|teller)s?\b[^.!?]{0,10}\b(who|that|to)? ?(speaks?|can speak|could speak|talks?) (in )?[a-z]+/;

const ZH =
  /(有没有|有无|有|找个|找一个|找一位|安排|需要|要)[^，。！？]{0,4}(会说|会讲|懂|能说|能讲|说)[^，。！？的]{1,6}(话|语|文)的(工作人员|员工|柜员|客服|人工|经理|人|同事|服务人员)/;

/** An ask for staff who speak a language (see the file comment). */
export function asksForStaffWhoSpeakALanguage(text: string): boolean {
  const lower = ruleText(text);
  return EN.test(lower) || ZH.test(lower);
}
