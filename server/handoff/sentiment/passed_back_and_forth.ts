/**
 * Passed back and forth: each side sends the customer to the other. "银行说找高速，高速说找银行，这皮球踢得挺熟练", "商户让我找
 * 你们，你们让我找商户", "the shop says it's the bank, the bank says it's the shop", "you tell me to call the insurer and the
 * insurer tells me to call you", "each blames the other". Told without an angry word, the runaround is the grievance.
 * One side named as the one to ask ("银行说找高速就行", "the bank said to ask the merchant, who is the merchant?") is a
 * report, not a runaround.
 */
import { ruleText } from '../rule_text.ts';

/** A told B, B told A (or the ball kicked about). */
const BACK_AND_FORTH_ZH =
  /(?<a>\p{Script=Han}{2,6}?)(说|让我|叫我|又说|又让我)(去)?(找|问|联系|打给)(?<b>\p{Script=Han}{2,6}?)[，,、；;\s]+(然后|结果)?\k<b>(又)?(说|让我|叫我|又说|又让我)(去)?(找|问|联系|打给)\k<a>|皮球(踢|传)|踢(来踢去|过来踢过去)|(当|拿)(成)?皮球|(都|谁都|两边都|双方都|两家都)说(不归|不是|不该)(他们|自己|他|她|他家|她家)(管|的事|负责)/u;

const SENDS = String.raw`(?:says?|said|tells? me|told me|sends? me|sent me)(?: to (?:ask|call|contact|try|speak to|talk to|go to|see|ring)| (?:back )?to| (?:it'?s|it is|that'?s) (?:up to |on |down to )?)`;
const BACK_AND_FORTH_EN = new RegExp(
  String.raw`\b(?:the |your |my )?(?<a>[a-z]+) ${SENDS} (?:the |your |my )?(?<b>[a-z]+)\b[^.?!]{0,3}[,;.]?\s*(?:and |but |then )?(?:the |your |my )?\k<b> ${SENDS} (?:the |your |my )?\k<a>\b|\b(?:each|both)(?: side| one| of them| sides)? (?:blames?|points? (?:at|to)) the other\b|\b(?:blaming|pointing (?:at|to)) each other\b|\bback and forth between\b|\bping[- ]?pong(?:ing|ed)?\b`,
);

/** Each side sends the customer to the other (see the file comment). */
export function isPassedBackAndForth(text: string): boolean {
  const lower = ruleText(text);
  return BACK_AND_FORTH_ZH.test(lower) || BACK_AND_FORTH_EN.test(lower);
}
