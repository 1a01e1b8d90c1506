/**
 * The bank told to get its act together, asked as a question that is no question: "你们能不能靠点谱", "能不能上点心啊",
 * "你们就不能专业一点吗", "can you lot get your act together", "sort yourselves out, honestly". However flat the
 * report before it, the jab is the grievance; the trained model reads it just under sure and an article on the
 * fault answers the report.
 *
 * Not the customer's own resolve ("我得靠谱点", "I need to get my act together") nor a third party told off:
 * the jab must be aimed at "you" (你们 / 你 / you).
 */
import { ruleText } from '../rule_text.ts';

const TOLD_ZH =
  /(你们|你)[^，。！？,.!?]{0,6}(能不能|能否|可不可以|就不能|就不会|能)(稍微)?(靠点谱|靠谱点|靠谱一点|上点心|长点心|用点心|专业点|专业一点|负责点|负责任一点|有点谱)/;
const TOLD_EN =
  /\b(can|could|will|would) you( (lot|guys|people|folks))? (please )?(get your act together|sort (yourselves|yourself) out|get it together)\b|\b(get your act together|sort yourselves out)\b/;

/** The bank told to get its act together (see the file comment). */
export function isToldToGetItsActTogether(text: string): boolean {
  const lower = ruleText(text);
  return TOLD_ZH.test(lower) || TOLD_EN.test(lower);
}
