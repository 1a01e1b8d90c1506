/**
 * Transfers asked for after the first one in the same message: "transfer 200 to Anna and 300 to Bob",
 * "给小王转500，再给小李转300". A transfer flow moves one payment, so they are done one at a time: the flow
 * starts with the first (and says the others come after it); the others wait under
 * `context.extensions.nextTransfers` and, when the one before is done, the next is named and offered. "继续" /
 * "yes" runs it through the flow (read back and confirmed before any money moves); "不用了" / "no thanks"
 * says it was not sent. When the first is cancelled, held or left, the others are said not to be sent either:
 * none of them is ever lost without a word. The offer is answered like a paused flow's (`offerAnswer`).
 * Plain JSON, validated when read.
 */
import { z } from 'zod';
import { formatMoney } from '../banking/money.ts';
import type { Entity, Locale, QuickReply } from '../protocol/protocol.ts';
import { parseExtension, rememberValid } from '../session/parse_extension.ts';
import type { DialogueContext } from '../session/session_record.ts';
import { say } from './flow_messages.ts';
import { joinText, kioskSafeText, type FlowOutput } from './flow_replies.ts';
import type { SlotValues } from './flow_state.ts';

const TransferAsked = z.object({ payee: z.string(), amount: z.number().int().positive() });
export type TransferAsked = z.infer<typeof TransferAsked>;

const NextTransfers = z.object({
  transfers: z.array(TransferAsked).min(1),
  at: z.number(),
  /** The text turn that answers the offer of the first of them first; unset until it is offered. */
  offeredTurn: z.number().int().nonnegative().optional(),
});
export type NextTransfers = z.infer<typeof NextTransfers>;

/** Between two payments, words that take the first back: a correction, not a second transfer. */
export const CORRECTION =
  /不对|不是|错了|说错|改成|改为|改一下|我是说|应该是|\bno\b|\bnot\b|\bsorry\b|\bwait\b|\bi mean\b|\bactually\b|\binstead\b|\brather\b|\bmake (?:it|that)\b/i;

/**
 * The payments a message asks for, in order, when it asks for more than one: each payee with the amount
 * said next to it (给小王转500 / 500 to Anna). Null for one payment, when amounts and payees do not pair up
 * one by one, when the words between two of them correct the first ("给小王转500，不对，给小李转500"), or
 * when an amount is in another currency (the flow then reads what it can, as before).
 */
export function transfersAsked(text: string, entities: readonly Entity[]): TransferAsked[] | null {
  if (entities.some((e) => e.type === 'currency' && e.value !== 'CNY')) return null;
  const said = entities
    .filter((e) => e.type === 'amount' || e.type === 'payee')
    .sort((a, b) => a.start - b.start);
  if (said.length < 4 || said.length % 2 !== 0) return null;
  const out: TransferAsked[] = [];
  for (let i = 0; i < said.length; i += 2) {
    const pair = [said[i]!, said[i + 1]!];
    // The same order in every pair: payee then amount (给小王转500) or amount then payee (500 to Anna).
    if (pair[0]!.type !== said[0]!.type || pair[1]!.type === pair[0]!.type) return null;
    const before = said[i - 1];
    if (before && CORRECTION.test(text.slice(before.end, pair[0]!.start))) return null;
    const amount = pair.find((e) => e.type === 'amount')!.value;
    const payee = String(pair.find((e) => e.type === 'payee')!.value);
    if (typeof amount !== 'number' || !Number.isInteger(amount) || amount <= 0) return null;
    out.push({ payee, amount });
  }
  return out;
}

/** The flow's slots for one of them. */
export function transferSlots(t: TransferAsked): SlotValues {
  return { payee: { name: t.payee }, amount: t.amount };
}

export function readNextTransfers(context: DialogueContext, now: Date, idleMs: number): NextTransfers | null {
  const next = parseExtension(NextTransfers, context.extensions.nextTransfers);
  return next && now.getTime() - next.at <= idleMs ? next : null;
}

/** Keeps the transfers still to do (none: forgets them); `offeredTurn` when the first is offered now. */
export function writeNextTransfers(
  context: DialogueContext,
  transfers: TransferAsked[] | null,
  now?: Date,
  offeredTurn?: number,
): DialogueContext {
  const extensions = { ...context.extensions };
  if (transfers && transfers.length > 0) {
    const next: NextTransfers = {
      transfers,
      at: now?.getTime() ?? Date.now(),
      ...(offeredTurn !== undefined ? { offeredTurn } : {}),
    };
    rememberValid(NextTransfers, next);
    extensions.nextTransfers = next;
  } else delete extensions.nextTransfers;
  return { ...context, extensions };
}

/** What is said of them: with the amounts in the app, without them at a kiosk (no figures spoken there). */
export interface Said {
  text: string;
  kiosk: string;
}

function item(t: TransferAsked, locale: Locale, kiosk: boolean): string {
  if (kiosk) return say('transferItemKiosk', locale, { payee: t.payee });
  return say('transferItem', locale, { payee: t.payee, amount: formatMoney(t.amount, locale) });
}

/** "给小李转¥300.00、给小张转¥100.00" / "CNY 300.00 to Bob and CNY 100.00 to Carol". */
function items(ts: readonly TransferAsked[], locale: Locale, kiosk: boolean): string {
  return ts.map((t) => item(t, locale, kiosk)).join(locale === 'zh-CN' ? '、' : ' and ');
}

function both(make: (kiosk: boolean) => string): Said {
  return { text: make(false), kiosk: make(true) };
}

/** Said when the flow starts: the first now, the others after it. */
export function oneAtATime(first: TransferAsked, rest: readonly TransferAsked[], locale: Locale): Said {
  return both((k) =>
    say('transfersOneAtATime', locale, { first: item(first, locale, k), rest: items(rest, locale, k) }),
  );
}

/** An output with `said` before it, on both channels. */
export function withSaid(out: FlowOutput, said: Said, locale: Locale): FlowOutput {
  return {
    ...out,
    text: joinText(locale, said.text, out.text),
    kioskText: joinText(locale, said.kiosk, kioskSafeText(out, locale)),
  };
}

/** The finished transfer's reply, then the next one named and offered, with buttons for both answers. */
export function withNextTransferOffer(out: FlowOutput, next: TransferAsked, locale: Locale): FlowOutput {
  const ask = both((k) => say('nextTransferOffer', locale, { item: item(next, locale, k) }));
  const buttons: QuickReply[] = [
    { label: say('nextTransferLabel', locale), text: say('resumeText', locale) },
    { label: say('dropPausedLabel', locale), text: say('dropPausedText', locale) },
  ];
  return {
    ...out,
    text: joinText(locale, out.text, ask.text),
    kioskText: joinText(locale, kioskSafeText(out, locale), ask.kiosk),
    quickReplies: [...(out.quickReplies ?? []), ...buttons],
  };
}

/** The customer said no to the next one: it and any after it were not sent. */
export function notSent(ts: readonly TransferAsked[], locale: Locale): Said {
  return both((k) => say('nextTransfersDropped', locale, { items: items(ts, locale, k) }));
}

/** Added when the first was held or left: the others were not sent either. */
export function notSentEither(ts: readonly TransferAsked[], locale: Locale): Said {
  return both((k) => say('nextTransfersNotSentEither', locale, { items: items(ts, locale, k) }));
}

/** The first was cancelled: so were the others. */
export function cancelledWithOthers(ts: readonly TransferAsked[], locale: Locale): Said {
  return both((k) => say('cancelledWithOthers', locale, { items: items(ts, locale, k) }));
}
