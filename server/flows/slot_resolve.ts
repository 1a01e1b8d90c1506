/**
 * Resolves a flow's raw slots against the verified customer's data, in the definition's order, and stops
 * at the first gap: a required slot not given, a value that matches nothing, or a dead end (no cards to
 * freeze). A gap carries quick-reply options that the extractor understands when sent back.
 */
import type { Account, BankCard, Bill, Localized, Payee } from '../banking/core_banking.ts';
import type { Appointment, Branch, Period, QueueService } from '../banking/branch_services.ts';
import { QUEUE_SERVICES } from '../banking/branch_services.ts';
import { bankIsoDay } from '../banking/bank_clock.ts';
import { formatMoney, maskNumber } from '../banking/money.ts';
import type { Channel, Locale, QuickReply } from '../protocol/protocol.ts';
import { appointmentOption, bookOption } from './appointment_replies.ts';
import { billNotDue, billOption } from './bill_not_due.ts';
import { closedTodayNote } from './closed_today.ts';
import { anotherTimeAsk, halfDayPassedNote } from './half_day_passed.ts';
import { CARD_STATUS_NAMES, say } from './flow_messages.ts';
import type { SlotValues } from './flow_state.ts';
import type { FlowDefinition, SlotDef } from './flow_types.ts';
import { relativePayee } from './relative_payee.ts';
import { payeeName } from './payee_name.ts';

export interface CustomerData {
  accounts: Account[];
  cards: BankCard[];
  payees: Payee[];
  bills: Bill[];
  /** Upcoming appointments, soonest first; loaded only for flows with an appointment slot. */
  appointments?: Appointment[];
}

/** `said`: the spelling the customer named a saved payee by (payee_name.ts). */
export type ResolvedPayee =
  { saved: Payee; said?: string } | { fresh: { name: string; accountNumber: string | null } };

export interface Resolved {
  amount?: number;
  payee?: ResolvedPayee;
  from?: Account;
  account?: Account;
  card?: BankCard;
  bill?: Bill;
  branch?: Branch;
  date?: string;
  period?: Period;
  service?: QueueService;
  appointment?: Appointment;
}

export interface Gap {
  slot: SlotDef;
  /** Said before the slot's prompt (why the earlier value did not work). */
  note?: string;
  /** Said instead of the slot's prompt. */
  ask?: string;
  /** Said instead of the note and the question at a kiosk (without digits). */
  kioskAsk?: string;
  options: QuickReply[];
  /** Nothing the customer can say would fill it: end the flow. */
  deadEnd?: boolean;
}

export interface ResolveContext {
  locale: Locale;
  channel: Channel;
  now: Date;
  branches: readonly Branch[];
  kioskBranchId: string;
}

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

const accountOption = (a: Account, locale: Locale): QuickReply => ({
  label: `${maskNumber(a.number)} ${a.label[locale]}`,
  text: locale === 'zh-CN' ? `尾号${a.tail}` : `ending ${a.tail}`,
});
const cardOption = (c: BankCard, locale: Locale): QuickReply => ({
  label: `${c.product[locale]} ${maskNumber(c.tail)}`,
  text: locale === 'zh-CN' ? `尾号${c.tail}的卡` : `card ending ${c.tail}`,
});
const localized = (l: Localized, locale: Locale): QuickReply => ({ label: l[locale], text: l[locale] });
/** Sent back as the name shown, which is one of the payee's spellings (payee_name.ts). */
const payeeOption = (p: Payee, locale: Locale): QuickReply => {
  const name = payeeName(p, locale);
  return { label: name, text: name };
};

/**
 * Why no card can be chosen, said after verification instead of "nothing I can do": no card at all, or
 * none in the state the flow needs, with the states the customer's cards are in ("None of your cards is
 * frozen (you have: 1 active)"). No tails, so a kiosk may say it.
 */
function noCardNote(slot: SlotDef, cards: readonly BankCard[], locale: Locale): string {
  if (cards.length === 0) return say('noCards', locale);
  const name = (status: string): string => CARD_STATUS_NAMES[status]?.[locale] ?? status;
  const want = (slot.cardStatus ?? []).map(name).join(locale === 'zh-CN' ? '或' : ' or ');
  const counts = new Map<string, number>();
  for (const c of cards) counts.set(c.status, (counts.get(c.status) ?? 0) + 1);
  const have = [...counts]
    .map(([status, n]) => (locale === 'zh-CN' ? `${n}张${name(status)}` : `${n} ${name(status)}`))
    .join(locale === 'zh-CN' ? '、' : ', ');
  return say('noCardInState', locale, { want, have });
}

/** "没有尾号为5678的账户，您可以选：**** 4321 I类借记账户、…" instead of the prompt; at a kiosk without digits. */
function noSuch(
  what: 'Account' | 'Card',
  tail: string,
  options: QuickReply[],
  locale: Locale,
): Pick<Gap, 'ask' | 'kioskAsk'> {
  const list = options.map((o) => o.label).join(locale === 'zh-CN' ? '、' : '; ');
  return {
    ask: say(`noSuch${what}Tail`, locale, { tail, options: list }),
    kioskAsk: say(`noSuch${what}TailKiosk`, locale),
  };
}

function findAccount(tail: string | undefined, data: CustomerData): Account | undefined {
  if (!tail) return undefined;
  const direct = data.accounts.find((a) => a.tail === tail);
  if (direct) return direct;
  const card = data.cards.find((c) => c.tail === tail);
  return card ? data.accounts.find((a) => a.id === card.accountId) : undefined;
}

function findPayee(raw: NonNullable<SlotValues['payee']>, data: CustomerData): Payee | undefined {
  if (raw.tail) return data.payees.find((p) => p.accountNumber.endsWith(raw.tail!));
  const name = raw.name ?? '';
  return data.payees.find((p) => same(p.name, name) || p.aliases.some((a) => same(a, name)));
}

function fits(a: Appointment, want: NonNullable<SlotValues['appointment']>): boolean {
  return (
    (!want.id || a.id === want.id) &&
    (!want.branch || a.branchId === want.branch) &&
    (!want.date || a.date === want.date) &&
    (!want.period || a.period === want.period)
  );
}

const sameSlot = (a: Appointment, b: Appointment): boolean =>
  a.branchId === b.branchId && a.date === b.date && a.period === b.period;

function addDays(isoDay: string, days: number): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function resolveSlots(
  def: FlowDefinition,
  raw: SlotValues,
  data: CustomerData,
  rc: ResolveContext,
): { resolved: Resolved; gap: Gap | null } {
  const { locale } = rc;
  const r: Resolved = {};
  // Tails heard before verification: the customer's own account/card, else the payee's.
  const ownTail = raw.tails?.find((t) => findAccount(t, data));
  const otherTail = raw.tails?.find((t) => !findAccount(t, data));

  for (const slot of def.slots) {
    const gap = (extra: Partial<Gap> = {}): { resolved: Resolved; gap: Gap } => ({
      resolved: r,
      gap: { slot, options: [], ...extra },
    });
    switch (slot.kind) {
      case 'amount': {
        const fallback = slot.required ? undefined : r.bill?.due || undefined;
        const amount = raw.amount ?? fallback;
        if (amount) r.amount = amount;
        else return gap();
        break;
      }
      case 'payee': {
        const given = raw.payee ?? (otherTail ? { tail: otherTail } : undefined);
        // "transfer 200 to 6222021234567890123": a saved payee with that number, else ask whose account it is.
        if (!given && raw.payee_account) {
          const saved = data.payees.find((p) => p.accountNumber === raw.payee_account);
          if (saved) {
            r.payee = { saved };
            break;
          }
          const account = maskNumber(raw.payee_account);
          return gap({ ask: say('payeeNameForAccount', locale, { account }) });
        }
        if (!given) return gap({ options: data.payees.map((p) => payeeOption(p, locale)) });
        const saved = findPayee(given, data);
        // "转给我妈" / "to my mom": the one saved payee who goes by it, else their name asked (relative_payee.ts).
        const relative = saved || !given.name ? null : relativePayee(given.name, data.payees, locale);
        if (saved) r.payee = { saved, ...(given.name ? { said: given.name } : {}) };
        else if (relative && 'saved' in relative) r.payee = { saved: relative.saved };
        else if (relative) return gap({ ask: relative.ask, options: relative.options });
        else if (given.name) r.payee = { fresh: { name: given.name, accountNumber: null } };
        else
          return gap({
            note: say('unknownTail', locale, { tail: given.tail ?? '' }),
            options: data.payees.map((p) => payeeOption(p, locale)),
          });
        break;
      }
      case 'payee_account': {
        if (!r.payee || 'saved' in r.payee) break;
        const number = raw.payee_account;
        if (!number) return gap();
        if (number.length < 12 || number.length > 19) return gap({ note: say('badPayeeAccount', locale) });
        r.payee = { fresh: { ...r.payee.fresh, accountNumber: number } };
        break;
      }
      case 'source_account':
      case 'account': {
        const tail = (slot.kind === 'source_account' ? raw.from : raw.account) ?? ownTail;
        const found = findAccount(tail, data);
        const key = slot.kind === 'source_account' ? 'from' : 'account';
        if (found) r[key] = found;
        else if (tail) {
          const options = data.accounts.map((a) => accountOption(a, locale));
          return gap({ ...noSuch('Account', tail, options, locale), options });
        } else if (slot.autoFill && data.accounts.length === 1) r[key] = data.accounts[0];
        else if (slot.required) {
          const options = data.accounts.map((a) => accountOption(a, locale));
          // Paying a bill: what is due, said before "which account" (the app only; a kiosk keeps figures on
          // screen), so "电费多少来着" need not be asked.
          if (r.bill && r.amount !== undefined) {
            const biller = r.bill.biller[locale];
            const amount = formatMoney(r.amount, locale);
            return gap({
              note: say('billDue', locale, { biller, amount }),
              kioskAsk: slot.prompt[locale],
              options,
            });
          }
          return gap({ options });
        }
        break;
      }
      case 'card': {
        const eligible = data.cards.filter((c) => !slot.cardStatus || slot.cardStatus.includes(c.status));
        const tail = raw.card ?? raw.tails?.find((t) => data.cards.some((c) => c.tail === t));
        if (tail) {
          const card = data.cards.find((c) => c.tail === tail);
          if (!card) {
            const options = eligible.map((c) => cardOption(c, locale));
            if (options.length === 0)
              return gap({ note: say('unknownTail', locale, { tail }), deadEnd: true });
            return gap({ ...noSuch('Card', tail, options, locale), options });
          }
          if (!eligible.includes(card))
            return gap({
              note: say('wrongCardState', locale, {
                tail,
                status: CARD_STATUS_NAMES[card.status]?.[locale] ?? card.status,
              }),
              options: eligible.map((c) => cardOption(c, locale)),
              deadEnd: eligible.length === 0,
            });
          r.card = card;
        } else if (eligible.length === 0)
          return gap({ note: noCardNote(slot, data.cards, locale), deadEnd: true });
        // "冻结信用卡" from a customer with debit cards only: never the debit card without their pick.
        else if (raw.cardKind === 'credit' && !eligible.some((c) => /credit/i.test(c.product.en)))
          return gap({
            note: say('noCreditCard', locale),
            options: eligible.map((c) => cardOption(c, locale)),
          });
        else if (slot.autoFill && eligible.length === 1) r.card = eligible[0];
        else return gap({ options: eligible.map((c) => cardOption(c, locale)) });
        break;
      }
      case 'biller': {
        const due = data.bills.filter((b) => b.due > 0);
        const bill = raw.biller ? data.bills.find((b) => b.billerId === raw.biller) : undefined;
        if (bill) r.bill = bill;
        else if (data.bills.length === 0) return gap({ note: say('noBills', locale), deadEnd: true });
        // "交电费" with no electricity bill: said, and the bills that are due offered (bill_not_due.ts).
        else if (raw.biller) return gap(billNotDue(raw.biller, data.bills, slot.prompt[locale], locale));
        else if (slot.autoFill && due.length === 1) r.bill = due[0];
        else return gap({ options: data.bills.map((b) => billOption(b, locale)) });
        break;
      }
      case 'branch': {
        const id = raw.branch ?? (slot.autoFill && rc.channel === 'kiosk' ? rc.kioskBranchId : undefined);
        const branch = rc.branches.find((b) => b.id === id);
        if (branch) r.branch = branch;
        else return gap({ options: rc.branches.map((b) => localized(b.name, locale)) });
        break;
      }
      case 'date': {
        const today = bankIsoDay(rc.now);
        const first = addDays(today, 0);
        const last = addDays(today, 30);
        const days: QuickReply[] =
          locale === 'zh-CN'
            ? [
                { label: '明天', text: '明天' },
                { label: '后天', text: '后天' },
              ]
            : [
                { label: 'Tomorrow', text: 'tomorrow' },
                { label: 'The day after', text: 'the day after tomorrow' },
              ];
        if (!raw.date) return gap({ options: days });
        if (raw.date < first || raw.date > last) return gap({ note: say('badDate', locale) });
        // "今天" after the branches closed: said so, and another day asked for (closed_today.ts).
        const closed = closedTodayNote(raw.date, rc.now, locale);
        if (closed) return gap({ note: closed, options: days });
        r.date = raw.date;
        break;
      }
      case 'period': {
        // "今天上午" / "this morning" in the afternoon: said so, and this afternoon or another day asked for
        // (half_day_passed.ts).
        const passed = r.date && raw.period ? halfDayPassedNote(r.date, raw.period, rc.now, locale) : null;
        if (passed)
          return gap({
            note: passed,
            ask: anotherTimeAsk(locale),
            options:
              locale === 'zh-CN'
                ? [
                    { label: '今天下午', text: '下午' },
                    { label: '明天', text: '明天' },
                  ]
                : [
                    { label: 'This afternoon', text: 'afternoon' },
                    { label: 'Tomorrow', text: 'tomorrow' },
                  ],
          });
        if (raw.period) r.period = raw.period;
        else
          return gap({
            options:
              locale === 'zh-CN'
                ? [
                    { label: '上午', text: '上午' },
                    { label: '下午', text: '下午' },
                  ]
                : [
                    { label: 'Morning', text: 'morning' },
                    { label: 'Afternoon', text: 'afternoon' },
                  ],
          });
        break;
      }
      case 'service': {
        if (raw.service) r.service = raw.service;
        // Optional (a booking's purpose): personal banking unless said otherwise; the read-back shows it.
        else if (!slot.required) r.service = 'personal';
        else return gap({ options: Object.values(QUEUE_SERVICES).map((s) => localized(s.name, locale)) });
        break;
      }
      case 'appointment': {
        const all = data.appointments ?? [];
        const offer = (list: Appointment[]): QuickReply[] =>
          list.map((a) => appointmentOption(a, rc.branches, locale));
        if (all.length === 0)
          return gap({ note: say('noAppointments', locale), options: [bookOption(locale)], deadEnd: true });
        const want = raw.appointment;
        const matching = want ? all.filter((a) => fits(a, want)) : all;
        // Two bookings of the same branch and half-day are the same to the customer: the first is taken.
        const first = matching[0];
        if (first && matching.every((a) => sameSlot(a, first)) && (want || slot.autoFill)) {
          r.appointment = first;
          break;
        }
        if (matching.length === 0)
          return gap({
            note: say('noSuchAppointment', locale),
            ask: say('whichAppointment', locale, { count: all.length }),
            options: offer(all),
          });
        return gap({
          ask: say('whichAppointment', locale, { count: matching.length }),
          options: offer(matching),
        });
      }
    }
  }
  return { resolved: r, gap: null };
}
