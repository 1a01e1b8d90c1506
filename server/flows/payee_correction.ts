/**
 * The payee corrected by name alone, "not X but Y": "sorry, I meant Zhang Wei, not Alice", "不是李娜，是王芳",
 * "我说的是张三，不是李娜". With no transfer verb in it ("转给王芳", "send it to Zhang Wei") the entity
 * extractor names no payee, so the correction was "Sorry, I didn't catch that" (or "好的，记下了" with nothing
 * noted), and the payee read back after the PIN was still the wrong one. Taken only when X is the payee the
 * transfer has now and Y reads as a name. So is the payee meant said on its own after "我是说" / "是给" / "I meant"
 * ("我是说给张三", "是给张三", "I meant Zhang Wei", "I said Zhang Wei") while the transfer has another payee: the
 * account number of the one taken back was asked again after "抱歉，我没有听明白".
 */
import { correctionOf } from '../dialogue/correction.ts';
import type { SlotValues } from './flow_state.ts';

/** A name as said: two to six Han characters, or one to four Latin words. */
const ZH_NAME = /^[\p{Script=Han}·]{2,6}$/u;
const EN_NAME = /^[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,3}$/i;
/** Words that lead the name in ("to Zhang Wei", "给王芳", "转给王芳"). */
const LEAD = /^(?:to |转给|汇给|给)/i;
/** "我是说(给)张三", "是给张三" ("是张三" alone could be a yes), "I meant (to) Zhang Wei". */
const MEANT_ZH =
  /^(?:(?:哦|噢|啊|呃|嗯)[，,\s]*)?(?:(?:不对|错了|说错了)[，,。\s]*)?(?:(?:我是说|我说的是|我的意思是|我是想说|应该是)\s*(?:转账给|转给|汇给|打给|给)?|是\s*(?:转账给|转给|汇给|打给|给))\s*(?<name>.+?)[。.!！]*$/u;
const MEANT_EN =
  /^(?:(?:oh|oops|sorry|no|wait|actually)[,!\s]+)*(?:i meant|i mean|i said)\s+(?:(?:send|transfer|pay)(?: it| the money| money)? )?(?:to\s+)?(?<name>.+?)[.!]*$/i;
/** Who is not a payee by name: a pronoun, "the other one", an answer word. */
const NOT_A_NAME =
  /^(?:我|你|您|他|她|它|自己|本人|谁|那个|这个)|[吗呢吧啊呀？?]$|^(?:me|myself|you|him|her|them|it|us|the|a|an|this|that|my|your|yes|no|ok|okay|cancel|confirm|sure|so|what|whatever|nothing|never|fine|well|really|seriously|both|either|neither|all|same|someone|somebody|anyone|nobody)(?:[\s']|$)/i;

const same = (a: string, b: string): boolean => {
  const x = a.toLowerCase().replace(/\s+/g, ' ');
  const y = b.toLowerCase().replace(/\s+/g, ' ');
  return x === y || x.includes(y) || y.includes(x);
};

/** The payee meant instead of the current one, or null. */
export function correctedPayee(text: string, current: SlotValues): string | null {
  const paying = current.payee?.name;
  if (!paying) return null;
  const correction = correctionOf(text);
  if (!correction) return meantPayee(text, paying);
  const wrong = correction.wrong.replace(LEAD, '').trim();
  const meant = correction.meant
    .replace(/[。.!！]+$/u, '')
    .replace(LEAD, '')
    .trim();
  if (!same(wrong, paying) || same(meant, paying)) return null;
  return ZH_NAME.test(meant) || EN_NAME.test(meant) ? meant : null;
}

/** The name said after "我是说" / "I meant" with no "not X", when it is not the payee now. */
function meantPayee(text: string, paying: string): string | null {
  const name = meantName(text);
  return name === null || same(name, paying) ? null : name;
}

/**
 * The name said after "我是说(给)" / "I meant (to)", with or without a payee yet: "我是说给张三" answering who the
 * money is for is 张三, not the whole sentence.
 */
export function meantName(text: string): string | null {
  const t = text.trim();
  const name = (MEANT_ZH.exec(t) ?? MEANT_EN.exec(t))?.groups?.name?.trim();
  if (!name || NOT_A_NAME.test(name)) return null;
  return ZH_NAME.test(name) || EN_NAME.test(name) ? name : null;
}
