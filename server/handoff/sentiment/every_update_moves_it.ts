/**
 * An app that changes under the customer every time: "each update moves the payments button, I'd only just found
 * it", "every new version hides the statements somewhere else", "每次更新都换个位置，我刚学会又找不到了". The recurring
 * change is the grievance (often from an older customer). One change asked about ("where did the transfer button go
 * after the update?", "更新后转账在哪") is a question, no grievance.
 */
import { ruleText } from '../rule_text.ts';

const EVERY_UPDATE_EN =
  /\b(every|each) (single )?(update|new version|app update|time you update)\b[^.!?]{0,40}\b(moves?|changes?|hides?|breaks?|shuffles?|rearranges?)\b/;
const EVERY_UPDATE_ZH = /(每次|每回|一)(一)?更新[^，。！？]{0,8}(就|都)(换|变|改|挪|找不到|不一样)/;

/** A change told as coming with every update (see the file comment). */
export function isEveryUpdateMovesIt(text: string): boolean {
  const lower = ruleText(text);
  return EVERY_UPDATE_EN.test(lower) || EVERY_UPDATE_ZH.test(lower);
}
