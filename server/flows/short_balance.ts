/**
 * A payment larger than the balance of the account it would come from ("给李娜转3000" from an account holding
 * ¥1,200) used to be read back and confirmed, and only then refused by the core with "余额不足". Once the
 * customer is verified and the risk checks have passed (so a hold still comes first), the shortfall is said
 * before the read-back, with the balance available and the account's tail only, and another amount is asked
 * for (or another of their accounts that has enough, offered as quick replies). The flow waits on its amount,
 * so a new amount goes on to the read-back. A kiosk says it without figures.
 */
import type { Account } from '../banking/core_banking.ts';
import { formatMoney, maskNumber } from '../banking/money.ts';
import type { Locale } from '../protocol/protocol.ts';
import { say } from './flow_messages.ts';
import { joinText } from './flow_replies.ts';
import type { FlowDefinition } from './flow_types.ts';
import type { Gap, Resolved } from './slot_resolve.ts';

export function shortBalance(
  def: FlowDefinition,
  r: Resolved,
  accounts: readonly Account[],
  locale: Locale,
): Gap | null {
  const { from, amount } = r;
  const slot = def.slots.find((s) => s.kind === 'amount');
  if (!from || !slot || amount === undefined || amount <= from.balance) return null;
  const zh = locale === 'zh-CN';
  const account = zh
    ? `尾号${from.tail}的${from.label[locale]}`
    : `${from.label[locale]} ending ${from.tail}`;
  // "从尾号1234付款" / "pay from ending 1234": the words before the tail make it the account paid from.
  const options = accounts
    .filter((a) => a.id !== from.id && a.balance >= amount)
    .map((a) => ({
      label: `${maskNumber(a.number)} ${a.label[locale]}`,
      text: zh ? `从尾号${a.tail}付款` : `pay from ending ${a.tail}`,
    }));
  const ask = say(options.length > 0 ? 'shortBalanceAsk' : 'shortBalanceAskAmount', locale);
  return {
    slot,
    note: say('shortBalance', locale, {
      account,
      balance: formatMoney(from.balance, locale),
      amount: formatMoney(amount, locale),
    }),
    ask,
    kioskAsk: joinText(locale, say('shortBalanceKiosk', locale), ask),
    options,
  };
}
