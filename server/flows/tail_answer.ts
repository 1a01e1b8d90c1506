/**
 * An answer that names one of the offered accounts or cards by its last four digits, without saying 尾号 or
 * "ending": "4321", "4321那个", "4321的", "用4321那张", "5678吧", "the 4321 one", "4321 please", "the one ending
 * 4321". Matched on the whole (normalised) message, like the ordinal answers, so "改成4321" or "4321元" are
 * not tails. Only read while the flow waits for an account or card choice: elsewhere four digits are an
 * amount or a code. A bare 4-8 digit message is stored as `******` (privacy), but it is understood as typed.
 */
import { plainWords } from '../dialogue/cancel_phrases.ts';
import { EN_CHOICE_LEAD_WORDS, ZH_CHOICE_LEAD_WORDS } from '../dialogue/ordinal_answer.ts';
import { cnDigitsToAscii } from '../nlu/entities/numerals.ts';
import type { Locale } from '../protocol/protocol.ts';
import type { SlotKind } from './flow_types.ts';

const alt = (words: readonly string[]): string => `(?:${words.join('|')})`;

const DIGITS = '(\\d{4}|[零〇一二三四五六七八九幺]{4})';

const ZH_LEAD = alt([...ZH_CHOICE_LEAD_WORDS, '就用']);
const ZH_NAMED = alt(['尾号', '尾数', '末四位', '后四位']);
const ZH_MEASURE = '(?:的)?(?:那|这)?(?:一)?(?:个|张)?';
const ZH_THING = alt(['账户', '账号', '帐户', '帐号', '银行卡', '卡']);
const ZH_TAIL = alt([
  '吧',
  '的',
  '啊',
  '呀',
  '哦',
  '呗',
  '就行',
  '就好',
  '就可以',
  '谢谢',
  '付款',
  '扣款',
  '扣',
]);
const ZH = new RegExp(
  `^(?:${ZH_LEAD} ?)*(?:${ZH_NAMED})?${DIGITS}${ZH_MEASURE}(?:${ZH_THING})?(?: ?${ZH_TAIL})*$`,
  'u',
);

const EN_LEAD = alt([...EN_CHOICE_LEAD_WORDS, 'its']);
const EN_THING = alt(['one', 'account', 'acct', 'card']);
const EN_NAMED = `(?:${EN_THING} )?(?:ending|that ends|which ends)(?: in| with)?`;
const EN_TAIL = alt(['please', 'thanks', 'thank you', 'then', 'i think']);
const EN = new RegExp(`^(?:${EN_LEAD} )*(?:${EN_NAMED} )?(\\d{4})(?: ${EN_THING})?(?: ${EN_TAIL})*$`);

/** The four digits the whole message names an account or card by, or null when it says anything else. */
export function tailAnswerOf(text: string): string | null {
  const s = plainWords(text);
  if (s.length === 0 || s.length > 40) return null;
  const m = ZH.exec(s) ?? EN.exec(s);
  const digits = m?.[1] ? cnDigitsToAscii(m[1]) : null;
  return digits && /^\d{4}$/.test(digits) ? digits : null;
}

/** The last four digits an offered option's text names ("尾号4321", "card ending 4321"), if any. */
export function offeredTail(optionText: string): string | null {
  const all = [...optionText.matchAll(/(?<![\d-])(\d{4})(?![\d-])/g)];
  return all.length === 1 ? all[0]![1]! : null;
}

/** How a tail is said back to the flow as if typed with its word: 尾号5678 / 尾号5678的卡 / card ending 5678. */
export function tailText(kind: SlotKind, tail: string, locale: Locale): string {
  const card = kind === 'card';
  if (locale === 'zh-CN') return card ? `尾号${tail}的卡` : `尾号${tail}`;
  return card ? `card ending ${tail}` : `ending ${tail}`;
}

/** The slot kinds a tail answers. */
export const TAIL_SLOT_KINDS: readonly SlotKind[] = ['source_account', 'account', 'card'];
