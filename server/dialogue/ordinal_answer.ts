/**
 * An answer that picks one of the options just offered by its position: "第二个", "第二张", "用第二个账户",
 * "最后那个", "the second one", "second", "the last one", "first one please", "number 2". Matched on the whole
 * (normalised) message, like the short answers, so "我上个月第二笔交易" or "my last transfer" pick nothing.
 */
import { plainWords } from './cancel_phrases.ts';
import { parseNumeral } from '../nlu/entities/numerals.ts';

/** A position counted from 1; `'last'` is the last option, whatever their number. */
export type Ordinal = number | 'last';

const alt = (words: readonly string[]): string => `(?:${words.join('|')})`;

/** How a Mandarin answer may lead in to the option it picks ("我选", "就"); shared with tail_answer.ts. */
export const ZH_CHOICE_LEAD_WORDS: readonly string[] = [
  '嗯',
  '那',
  '那就',
  '就',
  '还是',
  '我',
  '我要',
  '我选',
  '要',
  '选',
  '选择',
  '用',
  '从',
  '是',
  '请用',
];
const ZH_LEAD = alt(ZH_CHOICE_LEAD_WORDS);
const ZH_POSITION = '(?:第([一二两三四五六七八九十\\d]{1,2})|(最后|最末|末尾))';
const ZH_MEASURE = '(?:一)?(?:那|这)?(?:个|张|项|位|条|家|笔|种)?';
const ZH_THING = alt(['账户', '账号', '帐户', '银行卡', '卡', '选项']);
const ZH_TAIL = alt(['吧', '的', '啊', '呀', '哦', '就行', '就好', '就可以', '谢谢', '付款', '扣款', '扣']);
const ZH = new RegExp(`^(?:${ZH_LEAD} ?)*${ZH_POSITION}${ZH_MEASURE}(?:${ZH_THING})?(?: ?${ZH_TAIL})*$`, 'u');

const EN_ORDINALS: Record<string, Ordinal> = {
  first: 1,
  '1st': 1,
  top: 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  fifth: 5,
  '5th': 5,
  last: 'last',
  final: 'last',
  bottom: 'last',
};
/** How an English answer may lead in to the option it picks ("I'll go with", "the"); shared with tail_answer.ts. */
export const EN_CHOICE_LEAD_WORDS: readonly string[] = [
  'um+',
  'uh+',
  'ok',
  'okay',
  'so',
  'yes',
  'yeah',
  'the',
  'use',
  'pick',
  'choose',
  'select',
  'take',
  'from',
  'go with',
  'lets go with',
  'i(?:ll| will)? (?:take|choose|pick|use|go with)',
  'id like',
  'i want',
  'my',
];
const EN_LEAD = alt(EN_CHOICE_LEAD_WORDS);
const EN_POSITION = `(?:(${Object.keys(EN_ORDINALS).join('|')})|(?:number|no|option) (\\d))`;
const EN_THING = alt(['one', 'account', 'card', 'option', 'choice']);
const EN_TAIL = alt(['please', 'thanks', 'thank you', 'then', 'i think', 'on the list']);
const EN = new RegExp(`^(?:${EN_LEAD} )*${EN_POSITION}(?: ${EN_THING})?(?: ${EN_TAIL})*$`);

/** The position the whole message picks, or null when it says anything else. */
export function ordinalAnswerOf(text: string): Ordinal | null {
  const s = plainWords(text);
  if (s.length === 0 || s.length > 30) return null;
  const zh = ZH.exec(s);
  if (zh) return zh[2] ? 'last' : position(zh[1]);
  const en = EN.exec(s);
  if (en) return en[1] ? (EN_ORDINALS[en[1]] ?? null) : position(en[2]);
  return null;
}

/** The option an ordinal picks from `count` offered (0-based), or null when there is no such option. */
export function optionIndex(ordinal: Ordinal, count: number): number | null {
  const index = ordinal === 'last' ? count - 1 : ordinal - 1;
  return index >= 0 && index < count ? index : null;
}

function position(raw: string | undefined): number | null {
  if (!raw) return null;
  const n = /^\d+$/.test(raw) ? Number(raw) : parseNumeral(raw);
  return n !== null && Number.isInteger(n) && n > 0 ? n : null;
}
