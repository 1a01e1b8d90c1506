/**
 * Which messages ask for the conversation's language (and which one), and which only mention a language
 * while asking something else, in both locales.
 */
import { describe, expect, it } from 'vitest';
import { languageWish } from './language_switch.ts';
import { isLanguageQuestion } from '../handoff/language_question.ts';

describe('a wish about the conversation’s language', () => {
  it.each([
    ['switch to English', 'en'],
    ['Switch to English.', 'en'],
    ['English please', 'en'],
    ['can you speak English?', 'en'],
    ['Sorry, could you reply in English please?', 'en'],
    ['do you speak Chinese', 'zh-CN'],
    ['can we talk in Mandarin', 'zh-CN'],
    ['switch back to Chinese', 'zh-CN'],
    ['change the language to English', 'en'],
    ["I'd like to continue in English", 'en'],
    ['in Chinese', 'zh-CN'],
    ['说中文', 'zh-CN'],
    ['换回中文', 'zh-CN'],
    ['请用中文', 'zh-CN'],
    ['请用中文回复，谢谢', 'zh-CN'],
    ['能用英文吗', 'en'],
    ['你会说英语吗？', 'en'],
    ['切换到英文模式', 'en'],
    ['换成英文吧', 'en'],
    ['还是说中文吧', 'zh-CN'],
    ['我还是说中文吧', 'zh-CN'],
    ['好的，那我还是说中文吧', 'zh-CN'],
    ['还是中文吧', 'zh-CN'],
    ['能不能用普通话', 'zh-CN'],
    ['中文', 'zh-CN'],
    ['英文可以吗', 'en'],
  ] as const)('"%s" asks for %s', (text, target) => {
    expect(languageWish(text)).toEqual({ target });
    expect(isLanguageQuestion(text)).toBe(true);
  });

  it.each(['can you speak Cantonese?', '你会说粤语吗', '广东话可以吗'])(
    '"%s" asks for a language the assistant does not speak',
    (text) => {
      expect(languageWish(text)).toEqual({ target: null });
      expect(isLanguageQuestion(text)).toBe(true);
    },
  );

  it.each([
    "I don't speak Chinese well but my son does",
    'the English version of the statement',
    'is there an English statement',
    'my English name is wrong',
    'how do I write my name in Chinese',
    'speak to an agent',
    '英文名怎么填',
    '中文名字写错了怎么改',
    '用英文名开户可以吗',
    '改成英文名',
    '英文版对账单怎么打印',
    '我儿子会说中文',
    '你好',
    'hello',
  ])('"%s" asks something else', (text) => {
    expect(languageWish(text)).toBeNull();
    expect(isLanguageQuestion(text)).toBe(false);
  });
});
