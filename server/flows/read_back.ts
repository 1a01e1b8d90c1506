/**
 * Two replies that sit between "everything is known" and "money moves": the read-back the customer must
 * explicitly confirm, and the hold when a risk check fires (nothing moves; an agent is offered).
 */
import { formatMoney, maskNumber } from '../banking/money.ts';
import type { Locale } from '../protocol/protocol.ts';
import { joinText, card, type FlowOutput } from './flow_replies.ts';
import { say } from './flow_messages.ts';
import type { FlowDefinition } from './flow_types.ts';
import { RISK_REASON_TEXT, type RiskReason } from './risk_checks.ts';
import type { Resolved } from './slot_resolve.ts';

export function readBack(def: FlowDefinition, r: Resolved, locale: Locale): FlowOutput {
  const zh = locale === 'zh-CN';
  const fields: Array<[string, string]> = [];
  if (r.payee) {
    const p =
      'saved' in r.payee
        ? r.payee.saved
        : { name: r.payee.fresh.name, accountNumber: r.payee.fresh.accountNumber ?? '' };
    fields.push([zh ? '收款人' : 'Payee', `${p.name} ${maskNumber(p.accountNumber)}`]);
    if ('fresh' in r.payee) fields.push([zh ? '提示' : 'Note', zh ? '新收款人' : 'New payee']);
  }
  if (r.bill) fields.push([zh ? '缴费项目' : 'Bill', `${r.bill.biller[locale]} ${r.bill.reference}`]);
  if (r.card) fields.push([zh ? '卡片' : 'Card', `${r.card.product[locale]} ${maskNumber(r.card.tail)}`]);
  if (r.amount !== undefined) fields.push([zh ? '金额' : 'Amount', formatMoney(r.amount, locale)]);
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

export function heldOutput(reasons: RiskReason[], locale: Locale): FlowOutput {
  const agent = { label: say('agentLabel', locale), text: say('agent', locale) };
  const why = reasons.map((r) => RISK_REASON_TEXT[r][locale]).join(locale === 'zh-CN' ? '' : ' ');
  return {
    text: say('hold', locale, { reasons: why ? `${locale === 'zh-CN' ? '原因：' : 'Why: '}${why} ` : '' }),
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
