/**
 * What finishes each flow, once verified, complete, risk-checked and (where required) confirmed: read the
 * balance or history, move money with the flow's idempotency key, change a card, book, take a ticket.
 * Returns the reply with its card; figures go in sensitive cards so the kiosk shows but never says them.
 */
import type { AuditLog } from '../banking/audit_log.ts';
import {
  QUEUE_SERVICES,
  type Appointment,
  type BranchServices,
  type QueueTicket,
} from '../banking/branch_services.ts';
import type {
  BankCard,
  BankingErrorCode,
  CardChange,
  CoreBanking,
  Localized,
  PaymentResult,
} from '../banking/core_banking.ts';
import { bankDateTime } from '../banking/bank_clock.ts';
import { formatMoney, maskNumber } from '../banking/money.ts';
import { statementCounterparty } from '../banking/statement_counterparty.ts';
import type { Channel, Locale } from '../protocol/protocol.ts';
import { ERROR_CODES } from '../protocol/error_codes.ts';
import { appointmentPurpose, appointmentWhen, cancelOutcome } from './appointment_replies.ts';
import { movedText, movedTitle } from './appointment_move.ts';
import { cardStatesReply } from './card_state_question.ts';
import { cardStatusLabel } from './card_status_label.ts';
import { fill } from './flow_messages.ts';
import { card, type FlowOutput } from './flow_replies.ts';
import { payeeName } from './payee_name.ts';
import { ticketIssued, ticketUrl } from './queue_ticket_replies.ts';
import type { ActionName } from './flow_types.ts';
import type { Resolved } from './slot_resolve.ts';

export interface ActionDeps {
  core: CoreBanking;
  branches: BranchServices;
  audit: AuditLog;
  /** Base URL printed in queue-ticket QR codes. */
  publicUrl: string;
}

export interface ActionInput {
  action: ActionName;
  resolved: Resolved;
  customerId: string | null;
  /** The idempotency key generated with the read-back the customer confirmed. */
  key: string;
  locale: Locale;
  channel: Channel;
  now: Date;
  /** A booking that moves this appointment: it is cancelled once the new one is booked (appointment_move.ts). */
  replaces?: string;
}

const L = (locale: Locale, zh: string, en: string): string => (locale === 'zh-CN' ? zh : en);
const tailText = (tail: string, locale: Locale): string => L(locale, `尾号${tail}`, `ending ${tail}`);

function need<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`flow action is missing ${what}`);
  return value;
}

/**
 * The core refused. A payment says no money was sent; a card change says only that it was not done (no
 * "交易" or "资金没有转出" about a card that was being frozen or reported lost).
 */
function rejected(code: BankingErrorCode, locale: Locale, what: 'payment' | 'card'): FlowOutput {
  const known = code in ERROR_CODES ? ERROR_CODES[code as keyof typeof ERROR_CODES] : null;
  const reason = known
    ? locale === 'zh-CN'
      ? known.zh
      : known.en
    : L(locale, '账户或卡片状态不允许此操作。', 'The account or card does not allow this.');
  const text =
    what === 'payment'
      ? L(
          locale,
          `交易未成功：${reason}资金没有转出。`,
          `The payment did not go through: ${reason} No money was sent.`,
        )
      : L(
          locale,
          `办理未成功：${reason}卡片状态没有改变。`,
          `That did not go through: ${reason} The card is unchanged.`,
        );
  const title =
    what === 'payment' ? L(locale, '交易未成功', 'Payment not made') : L(locale, '办理未成功', 'Not done');
  return { text, kioskText: text, card: card('warning', title, [], {}) };
}

/** What an action says; a queue ticket it issued, a booking and a card change are remembered by the conversation. */
export type ActionOutput = FlowOutput & {
  issuedTicket?: QueueTicket;
  booked?: Appointment;
  cardChanged?: { change: CardChange; card: BankCard };
};

export async function runAction(deps: ActionDeps, input: ActionInput): Promise<ActionOutput> {
  const { resolved: r, locale } = input;
  switch (input.action) {
    case 'show_balance': {
      const id = need(input.customerId, 'customer');
      const accounts = r.account ? [r.account] : await deps.core.listAccounts(id);
      const fields = accounts.map((a): [string, string] => [
        `${a.label[locale]} ${maskNumber(a.number)}`,
        formatMoney(a.balance, locale),
      ]);
      const text = accounts
        .map((a) =>
          L(
            locale,
            `${tailText(a.tail, locale)}的${a.label[locale]}余额为${formatMoney(a.balance, locale)}`,
            `your ${a.label.en} ${tailText(a.tail, locale)} has ${formatMoney(a.balance, locale)}`,
          ),
        )
        .join(L(locale, '；', '; '));
      return {
        text: L(locale, `${text}。`, `${text.charAt(0).toUpperCase()}${text.slice(1)}.`),
        kioskText: L(
          locale,
          '余额已显示在屏幕上，请您查看屏幕。',
          'Your balance is on the screen; please see the screen.',
        ),
        card: card('balance', L(locale, '账户余额', 'Balance'), fields, { sensitive: true }),
        expression: 'happy',
      };
    }
    case 'show_transactions': {
      const account = need(r.account, 'account');
      const txs = await deps.core.recentTransactions(need(input.customerId, 'customer'), account.id, 5);
      const day = (at: number): string => bankDateTime(at).slice(5, 10);
      const fields = txs.map((t): [string, string] => [
        `${day(t.at)} ${statementCounterparty(t)}`,
        formatMoney(t.amount, locale),
      ]);
      const latest = txs[0];
      const text = latest
        ? L(
            locale,
            txs.length === 1
              ? `${tailText(account.tail, locale)}账户最近只有一笔交易：${day(latest.at)} ${statementCounterparty(latest)} ${formatMoney(latest.amount, locale)}。`
              : `${tailText(account.tail, locale)}账户最近${txs.length}笔交易已列出，最近一笔是${day(latest.at)} ${statementCounterparty(latest)} ${formatMoney(latest.amount, locale)}。`,
            txs.length === 1
              ? `Here is the only recent transaction on the account ${tailText(account.tail, locale)}: ${day(latest.at)} ${statementCounterparty(latest)} ${formatMoney(latest.amount, locale)}.`
              : `Here are the last ${txs.length} transactions on the account ${tailText(account.tail, locale)}; the latest is ${day(latest.at)} ${statementCounterparty(latest)} ${formatMoney(latest.amount, locale)}.`,
          )
        : L(locale, '该账户最近没有交易。', 'There are no recent transactions on this account.');
      return {
        text,
        kioskText: L(
          locale,
          '交易明细已显示在屏幕上，请您查看屏幕。',
          'Your transactions are on the screen; please see the screen.',
        ),
        card: card(
          'info',
          L(
            locale,
            `最近交易 ${maskNumber(account.number)}`,
            `Recent transactions ${maskNumber(account.number)}`,
          ),
          fields,
          { sensitive: true },
        ),
      };
    }
    case 'transfer': {
      const payee = need(r.payee, 'payee');
      const from = need(r.from, 'source account');
      const amount = need(r.amount, 'amount');
      const customerId = need(input.customerId, 'customer');
      const to =
        'saved' in payee
          ? { name: payee.saved.name, number: payee.saved.accountNumber }
          : { name: payee.fresh.name, number: need(payee.fresh.accountNumber, 'payee account') };
      const result = await deps.core.transfer({
        idempotencyKey: input.key,
        customerId,
        fromAccountId: from.id,
        toAccountNumber: to.number,
        toName: to.name,
        amount,
        now: input.now,
      });
      if (result.status === 'rejected') return rejected(result.code, locale, 'payment');
      // Said as the customer knows them in this language (payee_name.ts); the core keeps the name saved.
      const shown = 'saved' in payee ? payeeName(payee.saved, locale, payee.said) : to.name;
      if ('fresh' in payee)
        await deps.core.addPayee(customerId, {
          name: to.name,
          aliases: [],
          accountNumber: to.number,
          bank: { 'zh-CN': '—', en: '—' },
        });
      return receipt(
        result,
        locale,
        [
          [L(locale, '收款人', 'Payee'), `${shown} ${maskNumber(to.number)}`],
          [L(locale, '付款账户', 'From'), maskNumber(from.number)],
        ],
        L(
          locale,
          `转账成功！已向${shown}转账${formatMoney(amount, locale)}，付款账户${tailText(from.tail, locale)}。`,
          `Done! I sent ${formatMoney(amount, locale)} to ${shown} from your account ${tailText(from.tail, locale)}.`,
        ),
        L(locale, '转账成功，回单已显示在屏幕上。', 'The transfer is done; the receipt is on the screen.'),
      );
    }
    case 'pay_bill': {
      const bill = need(r.bill, 'bill');
      const from = need(r.from, 'source account');
      const amount = need(r.amount, 'amount');
      const result = await deps.core.payBill({
        idempotencyKey: input.key,
        customerId: need(input.customerId, 'customer'),
        fromAccountId: from.id,
        billerId: bill.billerId,
        amount,
        now: input.now,
      });
      if (result.status === 'rejected') return rejected(result.code, locale, 'payment');
      return receipt(
        result,
        locale,
        [
          [L(locale, '缴费项目', 'Bill'), `${bill.biller[locale]} ${bill.reference}`],
          [L(locale, '付款账户', 'From'), maskNumber(from.number)],
        ],
        L(
          locale,
          `缴费成功！${bill.biller[locale]}已缴纳${formatMoney(amount, locale)}。`,
          `Paid! ${formatMoney(amount, locale)} for ${bill.biller.en}.`,
        ),
        L(locale, '缴费成功，回单已显示在屏幕上。', 'The bill is paid; the receipt is on the screen.'),
      );
    }
    case 'report_lost':
    case 'freeze':
    case 'unfreeze':
      return cardChange(deps, input);
    case 'show_card_states':
      return cardStatesReply(await deps.core.listCards(need(input.customerId, 'customer')), locale);
    case 'book_appointment': {
      const branch = need(r.branch, 'branch');
      const appt = await deps.branches.bookAppointment(
        {
          customerId: need(input.customerId, 'customer'),
          branchId: branch.id,
          date: need(r.date, 'date'),
          period: need(r.period, 'period'),
          ...(r.service ? { service: r.service } : {}),
        },
        input.now,
      );
      // Said the way the cancel flow reads it back: 12月5日（周六）上午 / Sat 5 Dec, morning.
      const when = appointmentWhen(appt, locale);
      const purpose = appt.service ? appointmentPurpose(appt.service, locale) : null;
      const text = L(
        locale,
        `预约成功：${when}，${branch.name[locale]}${purpose ? `，办理${purpose}` : ''}。请携带身份证件准时到达。`,
        `Booked: ${when} at ${branch.name.en}${purpose ? `, for ${purpose.toLowerCase()}` : ''}. Please bring your ID.`,
      );
      // Moving an appointment: the old one is cancelled once the new one is booked (appointment_move.ts).
      const old = input.replaces
        ? await deps.branches.cancelAppointment(appt.customerId, input.replaces, input.now)
        : null;
      const moved = old ? movedText(text, old, locale) : null;
      return {
        booked: appt,
        text: moved ?? text,
        card: card('result', moved ? movedTitle(locale) : L(locale, '预约成功', 'Appointment booked'), [
          [L(locale, '网点', 'Branch'), branch.name[locale]],
          [L(locale, '时间', 'When'), when],
          ...(purpose ? [[L(locale, '办理业务', 'Purpose'), purpose] as [string, string]] : []),
          [L(locale, '预约号', 'Reference'), appt.id],
        ]),
        expression: 'happy',
      };
    }
    case 'cancel_appointment': {
      const appt = need(r.appointment, 'appointment');
      const result = await deps.branches.cancelAppointment(
        need(input.customerId, 'customer'),
        appt.id,
        input.now,
      );
      return { ...cancelOutcome(result, deps.branches.branches, locale), expression: 'neutral' };
    }
    case 'take_ticket': {
      const branch = need(r.branch, 'branch');
      const service = need(r.service, 'service');
      const ticket = await deps.branches.takeTicket(branch.id, service, input.now);
      const status = (await deps.branches.ticketStatus(ticket.id)) ?? {
        ticket,
        ahead: ticket.ahead,
        called: false,
        waitMinutes: ticket.ahead * QUEUE_SERVICES[service].minutesEach,
      };
      const out = await ticketIssued(status, branch, ticketUrl(deps.publicUrl, ticket), locale);
      return { ...out, issuedTicket: ticket };
    }
  }
}

function receipt(
  result: Extract<PaymentResult, { status: 'completed' }>,
  locale: Locale,
  lead: Array<[string, string]>,
  text: string,
  kioskText: string,
): FlowOutput {
  return {
    text,
    kioskText,
    card: card(
      'receipt',
      L(locale, '交易回单', 'Receipt'),
      [
        ...lead,
        [L(locale, '金额', 'Amount'), formatMoney(result.amount, locale)],
        [L(locale, '交易后余额', 'Balance after'), formatMoney(result.fromBalanceAfter, locale)],
        [L(locale, '流水号', 'Reference'), result.transferId.slice(0, 8).toUpperCase()],
        [L(locale, '时间', 'Time'), bankDateTime(result.at)],
      ],
      { sensitive: true },
    ),
    expression: 'happy',
  };
}

const CARD_DONE: Record<CardChange, Localized> = {
  report_lost: {
    'zh-CN': '{card}已挂失，该卡已无法使用。如需补卡，可以预约网点办理。',
    en: 'The {card} is reported lost and can no longer be used. You can book a branch visit for a replacement.',
  },
  freeze: {
    'zh-CN': '{card}已临时冻结，需要时可以随时解冻。',
    en: 'The {card} is frozen for now; you can unfreeze it any time.',
  },
  unfreeze: { 'zh-CN': '{card}已解冻，可以正常使用了。', en: 'The {card} is unfrozen and ready to use.' },
};
const CARD_KIOSK: Record<CardChange, Localized> = {
  report_lost: {
    'zh-CN': '已为您挂失该卡，详情请查看屏幕。',
    en: 'The card is reported lost; please see the screen.',
  },
  freeze: { 'zh-CN': '已为您冻结该卡，详情请查看屏幕。', en: 'The card is frozen; please see the screen.' },
  unfreeze: {
    'zh-CN': '已为您解冻该卡，详情请查看屏幕。',
    en: 'The card is unfrozen; please see the screen.',
  },
};

async function cardChange(deps: ActionDeps, input: ActionInput): Promise<ActionOutput> {
  const { locale } = input;
  const change: CardChange =
    input.action === 'report_lost' ? 'report_lost' : input.action === 'freeze' ? 'freeze' : 'unfreeze';
  const target = need(input.resolved.card, 'card');
  const result = await deps.core.changeCard(need(input.customerId, 'customer'), target.id, change, input.now);
  if (result.status === 'rejected') return rejected(result.code, locale, 'card');
  const name = L(
    locale,
    `尾号${target.tail}的${target.product[locale]}`,
    `${target.product.en.toLowerCase()} ending ${target.tail}`,
  );
  const text = fill(CARD_DONE[change][locale], { card: name });
  return {
    cardChanged: { change, card: result.card },
    text,
    kioskText: CARD_KIOSK[change][locale],
    card: card(
      'result',
      L(locale, '办理成功', 'Done'),
      [
        [L(locale, '卡片', 'Card'), `${target.product[locale]} ${maskNumber(target.tail)}`],
        [L(locale, '状态', 'Status'), cardStatusLabel(result.card.status, locale)],
      ],
      {
        sensitive: true,
        ...(change === 'report_lost'
          ? {
              actions: [
                {
                  label: L(locale, '预约网点补卡', 'Book a replacement'),
                  text: L(locale, '预约', 'book an appointment'),
                },
              ],
            }
          : {}),
      },
    ),
    expression: change === 'report_lost' ? 'relaxed' : 'happy',
  };
}
