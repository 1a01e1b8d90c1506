/**
 * Two replies that sit between "everything is known" and "money moves": the read-back the customer must
 * explicitly confirm, and the hold when a risk check fires (nothing moves; an agent is offered).
 */
import { formatMoney, maskNumber } from '../banking/money.ts';
import type { Locale } from '../protocol/protocol.ts';
import { joinText, card, type FlowOutput } from './flow_replies.ts';
import { say } from './flow_messages.ts';
import { payeeName } from './payee_name.ts';
import type { FlowDefinition } from './flow_types.ts';
import { RISK_REASON_TEXT, type RiskReason } from './risk_checks.ts';
import type { Resolved } from './slot_resolve.ts';

export function readBack(def: FlowDefinition, r: Resolved, locale: Locale): FlowOutput {
  const zh = locale === 'zh-CN';
  const fields: Array<[string, string]> = [];
  if (r.payee) {
    const p =
      'saved' in r.payee
        ? { name: payeeName(r.payee.saved, locale, r.payee.said), accountNumber: r.payee.saved.accountNumber }
        : { name: r.payee.fresh.name, accountNumber: r.payee.fresh.accountNumber ?? '' };
    fields.push([zh ? '收款人' : 'Payee', `${p.name} ${maskNumber(p.accountNumber)}`]);
    if ('fresh' in r.payee) fields.push([zh ? '提示' : 'Note', zh ? '新收款人' : 'New payee']);
  }
  if (r.bill) fields.push([zh ? '缴费项目' : 'Bill', `${r.bill.biller[locale]} ${r.bill.reference}`]);
  if (r.card) fields.push([zh ? '卡片' : 'Card', `${r.card.product[locale]} ${maskNumber(r.card.tail)}`]);
  if (r.amount !== undefined) fields.push([zh ? '金额' : 'Amount', formatMoney(r.amount, locale)]);
  // Paying other than a bill's amount due (said as an amount, bill_amount.ts): the due shown beside it.
  if (r.bill && r.bill.due > 0 && r.amount !== undefined && r.amount !== r.bill.due)
    fields.push([zh ? '账单应缴' : 'Amount due', formatMoney(r.bill.due, locale)]);
  if (r.from) fields.push([zh ? '付款账户' : 'From', `${r.from.label[locale]} ${maskNumber(r.from.number)}`]);
  const summary = fields.map(([k, v]) => `${k}${zh ? '：' : ': '}${v}`).join(zh ? '，' : ', ');
  const title = def.confirmTitle[locale];
  return {
    text: joinText(
      locale,
      `${title}${zh ? '：' : ': '}${summary}${zh ? '。' : '.'}`,
      say('confirmAsk', locale),
    ),
    kioskText: say('confirmKiosk', locale),
    card: card('confirm', title, fields, {
      sensitive: true,
      actions: [
        { label: say('confirm', locale), text: say('confirm', locale) },
        { label: say('cancel', locale), text: say('cancel', locale) },
      ],
    }),
  };
}

/**
 * Said with a hold when the amount is over the single-payment limit of the account it would come from: even
 * once checked it could not go through as it is ("I类借记账户（尾号1234）单笔转账限额为¥50,000.00…").
 */
export function overLimitNote(r: Resolved, locale: Locale): HoldNote | undefined {
  const from = r.from;
  if (!from || r.amount === undefined || r.amount <= from.singleLimit) return undefined;
  const account =
    locale === 'zh-CN'
      ? `${from.label[locale]}（尾号${from.tail}）`
      : `${from.label[locale]} ending ${from.tail}`;
  return {
    text: say('overSingleLimit', locale, {
      account,
      single: formatMoney(from.singleLimit, locale),
      daily: formatMoney(from.dailyLimit, locale),
      amount: formatMoney(r.amount, locale),
    }),
    kiosk: say('overSingleLimitKiosk', locale),
  };
}

/** Said after a hold's warning: with figures for the app, without for a kiosk. */
export interface HoldNote {
  text: string;
  kiosk: string;
}

/** `note`: said after the warning (see `overLimitNote`). */
export function heldOutput(reasons: RiskReason[], locale: Locale, note?: HoldNote): FlowOutput {
  const agent = { label: say('agentLabel', locale), text: say('agent', locale) };
  const why = reasons.map((r) => RISK_REASON_TEXT[r][locale]).join(locale === 'zh-CN' ? '' : ' ');
  const warning = say('hold', locale, {
    reasons: why ? `${locale === 'zh-CN' ? '原因：' : 'Why: '}${why} ` : '',
  });
  return {
    text: joinText(locale, warning, note?.text),
    ...(note ? { kioskText: joinText(locale, warning, note.kiosk) } : {}),
    card: card(
      'warning',
      say('holdTitle', locale),
      reasons.map((r): [string, string] => ['⚠', RISK_REASON_TEXT[r][locale]]),
      { actions: [agent, { label: say('cancel', locale), text: say('cancel', locale) }] },
    ),
    quickReplies: [agent],
    expression: 'neutral',
  };
}
