/**
 * A question about the language of the conversation ("can you speak English?", "English please", "你会说中文
 * 吗", "能用英文吗"): it asks the assistant to use a language, not for a person. The classifier read "can you
 * speak English?" as `human_agent` (0.86) and the handoff model as explicit (0.89), so it was handed over.
 */
import { plainWords } from '../dialogue/cancel_phrases.ts';

const LANGUAGE_EN = '(english|chinese|mandarin|putonghua|cantonese)';
const LANGUAGE_ZH = '(中文|汉语|普通话|国语|英文|英语|粤语)';

const EN = new RegExp(
  `^((can|could|do|will|would) (you|u|i) (please )?(speak|talk|write|use|reply|answer|chat|understand|type)( in)? ${LANGUAGE_EN}|(do you )?speak ${LANGUAGE_EN}|(in )?${LANGUAGE_EN}( please| pls)?|(please |pls )?(speak|reply|answer|write|talk|continue)( to me)?( in)? ${LANGUAGE_EN}( please| pls)?|is (there )?${LANGUAGE_EN}( available| possible| ok)?)$`,
);

const ZH = new RegExp(
  `^(请问)?(你|您)?(会|能|可以|可不可以|能不能)?(说|讲|用|听懂|看懂|打)${LANGUAGE_ZH}(吗|么|嘛|不|回复吗|回答吗|交流吗|聊吗)?$|^(请|麻烦)?(用|说|讲)${LANGUAGE_ZH}(回复|回答|交流|跟我说|和我说|聊)?(吧|好吗|可以吗|谢谢)?$|^${LANGUAGE_ZH}(可以吗|行吗|好吗)?$`,
);

export function isLanguageQuestion(text: string): boolean {
  const s = plainWords(text);
  if (s.length === 0 || s.length > 50) return false;
  return EN.test(s) || ZH.test(s.replace(/ /g, ''));
}
