/**
 * A customer's wish about the conversation's language: "switch to English", "English please", "can you
 * speak English?", "说中文", "换回中文", "请用中文", "能用英文吗" (typed, or spoken: a transcript arrives as
 * text). The conversation goes on in the language asked for (`conversation.ts` applies it before the turn,
 * `language_switch_step.ts` confirms it); the handoff signals read the same wish as "not an ask for a
 * person" (`handoff/language_question.ts`): the classifier read "can you speak English?" as `human_agent`.
 *
 * Matched on the whole message, so a message that only mentions a language asks something else: "I don't
 * speak Chinese well but my son does", "the English version of the statement", "英文名怎么填", "中文名字写错了
 * 怎么改" keep the conversation as it is.
 */
import type { Locale } from '../protocol/protocol.ts';
import { plainWords } from './cancel_phrases.ts';

export interface LanguageWish {
  /** The language asked for; null for one the assistant does not speak (Cantonese). */
  target: Locale | null;
}

const EN_NAMES: Record<string, Locale | null> = {
  english: 'en',
  chinese: 'zh-CN',
  mandarin: 'zh-CN',
  putonghua: 'zh-CN',
  cantonese: null,
};
const ZH_NAMES: Record<string, Locale | null> = {
  中文: 'zh-CN',
  汉语: 'zh-CN',
  普通话: 'zh-CN',
  国语: 'zh-CN',
  华语: 'zh-CN',
  中国话: 'zh-CN',
  英文: 'en',
  英语: 'en',
  粤语: null,
  广东话: null,
};

const EN_LANGUAGE = `(?:${Object.keys(EN_NAMES).join('|')})`;
const ZH_LANGUAGE = `(?:${Object.keys(ZH_NAMES).join('|')})`;
const EN_NAME = new RegExp(EN_LANGUAGE);
const ZH_NAME = new RegExp(ZH_LANGUAGE);

const EN_LEAD = '(?:(?:hi|hello|hey|sorry|excuse me|ok|okay|um|so) )*';
const EN_PLEASE = '(?: (?:with|to) me)?(?: (?:please|pls|plz|thanks|thank you))?';
const EN_VERB = '(?:speak|talk|write|use|reply|answer|chat|understand|type|communicate|continue|respond)';
const EN = new RegExp(
  `^${EN_LEAD}(?:${[
    // "can you speak English", "could we talk in Chinese", "do you understand Mandarin"
    `(?:can|could|do|will|would) (?:you|u|i|we) (?:please )?${EN_VERB}(?: to me| with me)?(?: in)? ${EN_LANGUAGE}`,
    // "speak English", "do you speak Chinese", "please reply in English"
    `(?:do you )?(?:please |pls )?${EN_VERB}(?: to me| with me)?(?: in)? ${EN_LANGUAGE}`,
    // "English", "in English please", "English only"
    `(?:in )?(?:only )?${EN_LANGUAGE}(?: only)?`,
    // "switch to English", "can you switch back to Chinese", "change the language to English"
    `(?:please |pls |can you |could you |can we |could we |lets |let us )?(?:switch|change|go|swap|move)(?: back)?(?: the language)? (?:to|into) ${EN_LANGUAGE}`,
    // "lets speak English", "I prefer Chinese", "I'd like to continue in English"
    `(?:lets|let us|i (?:would )?prefer|i want|i would like|id like|i need)(?: to)?(?: ${EN_VERB})?(?: in)? ${EN_LANGUAGE}`,
    // "is English available", "is there Chinese"
    `is (?:there )?${EN_LANGUAGE}(?: available| possible| ok)?`,
  ].join('|')})${EN_PLEASE}$`,
);

const ZH_TAIL = '(?:吧|好吗|可以吗|行吗|好不好|谢谢|吧谢谢)?';
const ZH_WITH = '(?:回复|回答|交流|沟通|跟我说|和我说|跟我聊|和我聊|聊|聊天|说话|服务)?';
const ZH = new RegExp(
  `^(?:${[
    // "你会说中文吗", "能用英文吗", "可以用英语交流吗", "你听得懂普通话吗"
    `(?:请问)?(?:你|您|你们|我们|咱们|我)?(?:会|能|可以|可不可以|能不能|会不会)?(?:说|讲|用|听懂|看懂|听得懂|看得懂|打|写)${ZH_LANGUAGE}${ZH_WITH}(?:吗|么|嘛|不|没)?`,
    // "说中文", "请用中文", "麻烦用英文回复", "还是说中文吧", "我想用英文", "好的，那我还是说中文吧"
    `(?:好的|好)?(?:那)?(?:我|我们|咱们)?(?:那)?(?:就|还是)?(?:请|麻烦(?:你|您)?)?(?:我)?(?:想|要|希望)?(?:用|说|讲)${ZH_LANGUAGE}${ZH_WITH}${ZH_TAIL}`,
    // "换回中文", "切换成英文", "能不能换成英语", "改用中文吧", "切到英文模式"
    `(?:请|麻烦(?:你|您)?)?(?:能不能|可以|可不可以|能)?(?:换|切换|切|改|转|调)(?:回|成|到|为)?(?:用|说)?${ZH_LANGUAGE}(?:模式|界面|版)?${ZH_TAIL}(?:吗)?`,
    // "中文", "英文可以吗", "中文就行", "还是中文吧"
    `(?:那)?(?:我)?(?:还是|就)?${ZH_LANGUAGE}(?:可以吗|行吗|好吗|吧|就行|就好|就可以)?`,
  ].join('|')})$`,
);

/** The wish the whole message expresses, or null when it asks something else. */
export function languageWish(text: string): LanguageWish | null {
  const s = plainWords(text);
  if (s.length === 0 || s.length > 60) return null;
  // A matched message names one language: the one asked for.
  if (EN.test(s)) return { target: EN_NAMES[EN_NAME.exec(s)![0]] ?? null };
  const zh = s.replace(/ /g, '');
  if (ZH.test(zh)) return { target: ZH_NAMES[ZH_NAME.exec(zh)![0]] ?? null };
  return null;
}
