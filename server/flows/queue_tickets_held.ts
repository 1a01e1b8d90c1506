/**
 * The queue tickets this conversation was given, under `context.extensions.queueTickets`, so "前面还有几个人" /
 * "is it my turn yet" after "我要取号" is answered about that ticket instead of issuing another. Only
 * today's (the bank's day) count: a ticket is valid on the day it was issued. Plain JSON, validated when read.
 */
import { z } from 'zod';
import { bankIsoDay } from '../banking/bank_clock.ts';
import type { QueueTicket } from '../banking/branch_services.ts';
import { parseExtension, rememberValid } from '../session/parse_extension.ts';
import type { DialogueContext } from '../session/session_record.ts';

const HeldTicket = z.object({
  id: z.string(),
  number: z.string(),
  branchId: z.string(),
  service: z.enum(['personal', 'corporate', 'wealth']),
  /** The bank's ISO day it was issued. */
  day: z.string(),
});
export type HeldTicket = z.infer<typeof HeldTicket>;

const HeldTickets = z.array(HeldTicket);

/** A conversation keeps at most this many (the newest). */
const KEEP = 5;

/** Today's tickets, newest first. */
export function heldTickets(context: DialogueContext, now: Date): HeldTicket[] {
  const all = parseExtension(HeldTickets, context.extensions.queueTickets) ?? [];
  const today = bankIsoDay(now);
  return all.filter((t) => t.day === today).reverse();
}

export function rememberTicket(context: DialogueContext, ticket: QueueTicket, now: Date): DialogueContext {
  const today = bankIsoDay(now);
  const kept = (parseExtension(HeldTickets, context.extensions.queueTickets) ?? []).filter(
    (t) => t.day === today,
  );
  const held: HeldTicket = {
    id: ticket.id,
    number: ticket.number,
    branchId: ticket.branchId,
    service: ticket.service,
    day: today,
  };
  const next = [...kept, held].slice(-KEEP);
  rememberValid(HeldTickets, next);
  return { ...context, extensions: { ...context.extensions, queueTickets: next } };
}
