/**
 * Bills asked for after the one being paid: "电费和水费都交了" at the start, or "水费也一起交了吧" / "and the water
 * bill too" / "顺便把燃气费也交了" while the electricity bill is being paid. A bill payment pays one bill, and
 * the second one used to replace the first without a word: the customer was told "缴费成功！自来水费已缴纳" and
 * believed both were paid. Like transfers asked for together (next_transfer.ts), they are done one at a time:
 * the bill being paid goes on, the others wait under `context.extensions.nextBills`, and when it is done the
 * next is offered ("还需要缴纳自来水费吗？", with a quick reply); one not due is said to be not due. "继续" /
 * "好的" / "yes" pays it through the flow (read back and confirmed first); "不用了" says it was not paid. When
 * the bill being paid is cancelled, held or left, the others are said not to be paid either. A clear switch
 * ("不交电费了，交水费", "the water bill instead") replaces the bill, saying the first was not paid. Plain JSON,
 * validated when read.
 */
import { z } from 'zod';
import type { Bill } from '../banking/core_banking.ts';
import type { Locale, QuickReply } from '../protocol/protocol.ts';
import { parseExtension, rememberValid } from '../session/parse_extension.ts';
import type { DialogueContext } from '../session/session_record.ts';
import { billersNamed, billersWanted } from './billers_named.ts';
import { BILLER_NAMES, say } from './flow_messages.ts';
import { joinText, kioskSafeText, type FlowOutput } from './flow_replies.ts';
import type { Said } from './next_transfer.ts';

const NextBills = z.object({
  billers: z.array(z.string()).min(1),
  at: z.number(),
  /** The text turn that answers the offer of the first of them first; unset until it is offered. */
  offeredTurn: z.number().int().nonnegative().optional(),
});
export type NextBills = z.infer<typeof NextBills>;

/** Words that add a bill to the one being paid. */
const ALSO = /也|一起|一块|顺便|还有|另外|\balso\b|\btoo\b|\bas well\b|\bplus\b/iu;
/** Words that put another bill in place of the one being paid, without naming that one. */
const SWITCH =
  /改成|改为|换成|还是(?:交|缴|付)|我是说|应该是|不对|说错|\binstead\b|\brather\b|\bi mean(?:t)?\b|\bactually\b/iu;

/** The bills asked for at the start: the first is paid now, the others after it (empty: just one). */
export function billsAskedAfterFirst(text: string): string[] {
  return billersWanted(text).slice(1);
}

/** What a message said during the payment of `current` does with the bills it names, if anything. */
export type OtherBill =
  /** "水费也一起交了吧": paid after the current one. */
  | { kind: 'also'; billers: string[] }
  /** "不交电费了，交水费": paid instead of the current one (any others after it). */
  | { kind: 'switch'; to: string; after: string[] };

export function otherBillOf(text: string, current: string): OtherBill | null {
  const named = billersNamed(text);
  const others = named.filter((b) => !b.notWanted && b.billerId !== current).map((b) => b.billerId);
  if (others.length === 0) return null;
  const dropsCurrent = named.some((b) => b.billerId === current && b.notWanted);
  if (dropsCurrent || (SWITCH.test(text) && !ALSO.test(text)))
    return { kind: 'switch', to: others[0]!, after: others.slice(1) };
  return { kind: 'also', billers: others };
}

export function readNextBills(context: DialogueContext, now: Date, idleMs: number): NextBills | null {
  const next = parseExtension(NextBills, context.extensions.nextBills);
  return next && now.getTime() - next.at <= idleMs ? next : null;
}

/** Keeps the bills still to pay (none: forgets them); `offeredTurn` when the first is offered now. */
export function writeNextBills(
  context: DialogueContext,
  billers: string[] | null,
  now?: Date,
  offeredTurn?: number,
): DialogueContext {
  const extensions = { ...context.extensions };
  if (billers && billers.length > 0) {
    const next: NextBills = {
      billers: [...new Set(billers)],
      at: now?.getTime() ?? Date.now(),
      ...(offeredTurn !== undefined ? { offeredTurn } : {}),
    };
    rememberValid(NextBills, next);
    extensions.nextBills = next;
  } else delete extensions.nextBills;
  return { ...context, extensions };
}

/** A bill by the customer's own name for it when known ("自来水费"), else by its kind ("水费"). */
export function billName(billerId: string, locale: Locale, bills: readonly Bill[] = []): string {
  return (
    bills.find((b) => b.billerId === billerId)?.biller[locale] ?? BILLER_NAMES[billerId]?.[locale] ?? billerId
  );
}

/** "水费、燃气费" / "the water bill and the gas bill". */
function names(billers: readonly string[], locale: Locale, bills: readonly Bill[] = []): string {
  if (locale === 'zh-CN') return billers.map((b) => billName(b, locale, bills)).join('、');
  return billers.map((b) => `the ${billName(b, locale, bills)} bill`).join(' and ');
}

/** No figures in any of these: the same words at a kiosk. */
const same = (text: string): Said => ({ text, kiosk: text });

/** Said when the flow starts with more than one bill: the first now, the others after it. */
export function billsOneAtATime(first: string, rest: readonly string[], locale: Locale): Said {
  return same(say('billsOneAtATime', locale, { first: names([first], locale), rest: names(rest, locale) }));
}

/** "水费也一起交了吧" heard: it comes after the bill being paid. */
export function billNoted(billers: readonly string[], locale: Locale): Said {
  return same(say('nextBillNoted', locale, { items: names(billers, locale) }));
}

/** "不交电费了，交水费": the bill that was being paid was not paid. */
export function billSwitched(from: string, locale: Locale): Said {
  return same(say('billNotPaid', locale, { biller: billName(from, locale) }));
}

/**
 * The paid bill's reply, then the next bill asked for: offered, with buttons for both answers, when it is
 * due; one that is not due is said so and the one after it is looked at. `left`: the bills still to pay, the
 * offered one first (empty when none of them is due).
 */
export function withNextBill(
  out: FlowOutput,
  queued: readonly string[],
  bills: readonly Bill[],
  locale: Locale,
): { out: FlowOutput; left: string[] } {
  const notDue: string[] = [];
  let at = 0;
  for (; at < queued.length; at++) {
    const next = queued[at]!;
    if (bills.some((b) => b.billerId === next && b.due > 0)) break;
    notDue.push(say('noBillOfThatDue', locale, { biller: billName(next, locale) }));
  }
  const next = queued[at];
  const name = next ? billName(next, locale, bills) : '';
  const ask = next ? say('nextBillOffer', locale, { biller: name }) : undefined;
  const buttons: QuickReply[] = next
    ? [
        { label: say('nextBillLabel', locale, { biller: name }), text: say('resumeText', locale) },
        { label: say('dropPausedLabel', locale), text: say('dropPausedText', locale) },
      ]
    : [];
  return {
    left: queued.slice(at),
    out: {
      ...out,
      text: joinText(locale, out.text, ...notDue, ask),
      kioskText: joinText(locale, kioskSafeText(out, locale), ...notDue, ask),
      quickReplies: [...(out.quickReplies ?? []), ...buttons],
    },
  };
}

/** The customer said no to the next bill: it and any after it were not paid. */
export function billsNotPaid(billers: readonly string[], locale: Locale): Said {
  return same(say('nextBillsDropped', locale, { items: names(billers, locale) }));
}

/** Added when the bill being paid was held or left: the others were not paid either. */
export function billsNotPaidEither(billers: readonly string[], locale: Locale): Said {
  return same(say('nextBillsNotPaidEither', locale, { items: names(billers, locale) }));
}

/** The bill being paid was cancelled: so were the others. */
export function billsCancelledWithOthers(billers: readonly string[], locale: Locale): Said {
  return same(say('cancelledWithOthers', locale, { items: names(billers, locale) }));
}
