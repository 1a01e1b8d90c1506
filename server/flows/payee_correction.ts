/**
 * The payee corrected by name alone, "not X but Y": "sorry, I meant Zhang Wei, not Alice", "不是李娜，是王芳",
 * "我说的是张三，不是李娜". With no transfer verb in it ("转给王芳", "send it to Zhang Wei") the entity
 * extractor names no payee, so the correction was "Sorry, I didn't catch that" (or "好的，记下了" with nothing
 * noted), and the payee read back after the PIN was still the wrong one. Taken only when X is the payee the
 * transfer has now and Y reads as a name.
 */
import { correctionOf } from '../dialogue/correction.ts';
import type { SlotValues } from './flow_state.ts';

/** A name as said: two to six Han characters, or one to four Latin words. */
const ZH_NAME = /^[\p{Script=Han}·]{2,6}$/u;
const EN_NAME = /^[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,3}$/i;
/** Words that lead the name in ("to Zhang Wei", "给王芳", "转给王芳"). */
const LEAD = /^(?:to |转给|汇给|给)/i;

const same = (a: string, b: string): boolean => {
  const x = a.toLowerCase().replace(/\s+/g, ' ');
  const y = b.toLowerCase().replace(/\s+/g, ' ');
  return x === y || x.includes(y) || y.includes(x);
};

/** The payee meant instead of the current one, or null. */
export function correctedPayee(text: string, current: SlotValues): string | null {
  const paying = current.payee?.name;
  const correction = correctionOf(text);
  if (!paying || !correction) return null;
  const wrong = correction.wrong.replace(LEAD, '').trim();
  const meant = correction.meant
    .replace(/[。.!！]+$/u, '')
    .replace(LEAD, '')
    .trim();
  if (!same(wrong, paying) || same(meant, paying)) return null;
  return ZH_NAME.test(meant) || EN_NAME.test(meant) ? meant : null;
}
