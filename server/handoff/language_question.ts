/**
 * A question about the language of the conversation ("can you speak English?", "English please", "你会说中文
 * 吗", "能用英文吗"): it asks the assistant to use a language, not for a person. The classifier read "can you
 * speak English?" as `human_agent` (0.86) and the handoff model as explicit (0.89), so it was handed over.
 * The wish itself is recognised in `dialogue/language_switch.ts`, where the conversation also switches to it.
 */
import { languageWish } from '../dialogue/language_switch.ts';

export function isLanguageQuestion(text: string): boolean {
  return languageWish(text) !== null;
}
