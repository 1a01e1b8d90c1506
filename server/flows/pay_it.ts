/**
 * "好的 交吧" / "ok pay it" when a bill payment asks which bill: a go-ahead that names no bill. It was "抱歉，我
 * 没有听明白" (in English, the bill-payment article). With exactly one bill due, that is the bill meant; with
 * several, the question is asked again with the bills due listed (the lobby screen shows them on the quick
 * replies, without figures said). At the payment's read-back the same words are a yes (they were the
 * article, or "没有听明白", and the bill was not paid). Matched on the whole message.
 */
import type { Bill, Localized } from '../banking/core_banking.ts';
import type { Locale } from '../protocol/protocol.ts';
import { billsDueList } from './bill_not_due.ts';

const strip = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[\s,.!?;:"，。！？；：、~～…]+/g, ' ')
    .trim();

const ZH =
  /^(?:(?:好的?|好吧|行|可以|嗯+|那|那就|ok|okay)\s*)*(?:就|帮我|给我)?\s*(?:交|缴|付|支付|缴费|交费|付款)(?:了|掉)?(?:吧|它|这个|那个|一下)?\s*(?:吧|啊|呀)?$/u;
const EN =
  /^(?:(?:ok|okay|yes|yeah|yep|sure|alright|all right|fine|right|then|just)\s+)*(?:go ahead and )?(?:pay|pay it|pay that|pay this|pay that one|pay this one|pay the bill|pay the one due|pay it off)(?: (?:please|then|now|for me))*$/;

/** Whether the message only says to go ahead and pay, naming no bill. */
export function saysPayIt(text: string): boolean {
  const s = strip(text);
  return ZH.test(s) || EN.test(s);
}

const NONE_DUE: Localized = { 'zh-CN': '目前没有待缴的账单。', en: 'No bill is due right now.' };
const ON_SCREEN: Localized = {
  'zh-CN': '请在屏幕上选择要缴的账单。',
  en: 'Please choose the bill on the screen.',
};

/** The one bill due, or the bills due listed before the question again (app; the kiosk says no figures). */
export function payItAnswer(
  bills: readonly Bill[],
  locale: Locale,
): { billerId: string } | { prefix: string; kioskPrefix: string } {
  const due = bills.filter((b) => b.due > 0);
  if (due.length === 1) return { billerId: due[0]!.billerId };
  const prefix = due.length > 0 ? billsDueList(due, locale) : NONE_DUE[locale];
  return { prefix, kioskPrefix: ON_SCREEN[locale] };
}
