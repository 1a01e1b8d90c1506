/**
 * "交电费" / "pay my electricity bill" from a customer who has no electricity bill: the flow used to ask only
 * "请问缴哪一项费用？" with the bills they do have (物业费), as if one of those were the bill meant. Once they
 * are verified (resolving slots happens only then, so nothing about their bills is said before), it says
 * plainly that no bill of that kind is due and lists the bills that are; when none is due it says so and the
 * flow ends. A kiosk says it without the amounts (they stay on the quick replies on screen).
 */
import type { Bill } from '../banking/core_banking.ts';
import { formatMoney } from '../banking/money.ts';
import type { Locale, QuickReply } from '../protocol/protocol.ts';
import { BILLER_NAMES, say } from './flow_messages.ts';
import { joinText } from './flow_replies.ts';
import type { Gap } from './slot_resolve.ts';

/** A bill offered as a quick reply: "物业费 ¥1,280.00", sent back as its biller's name. */
export const billOption = (b: Bill, locale: Locale): QuickReply => ({
  label: `${b.biller[locale]} ${formatMoney(b.due, locale)}`,
  text: b.biller[locale],
});

/** "待缴的有：国网电费¥236.50、自来水费¥58.20。" / "Bills due: Water CNY 58.20; …". */
export function billsDueList(due: readonly Bill[], locale: Locale): string {
  const zh = locale === 'zh-CN';
  const list = due
    .map((b) => `${b.biller[locale]}${zh ? '' : ' '}${formatMoney(b.due, locale)}`)
    .join(zh ? '、' : '; ');
  return say('billsDueList', locale, { bills: list });
}

/** `billerId`: the biller the customer named, none of whose bills they have; `prompt`: the slot's question. */
export function billNotDue(
  billerId: string,
  bills: readonly Bill[],
  prompt: string,
  locale: Locale,
): Omit<Gap, 'slot'> {
  const notDue = say('noBillOfThatDue', locale, { biller: BILLER_NAMES[billerId]?.[locale] ?? billerId });
  const due = bills.filter((b) => b.due > 0);
  if (due.length === 0)
    return { note: joinText(locale, notDue, say('noOtherBillDue', locale)), options: [], deadEnd: true };
  return {
    note: joinText(locale, notDue, billsDueList(due, locale)),
    kioskAsk: joinText(locale, notDue, prompt),
    options: due.map((b) => billOption(b, locale)),
  };
}
