/**
 * The handoff queue: conversations waiting for an agent (per language, by priority) and conversations
 * with an agent. Claiming is atomic, so two agents (on any nodes) never both get one conversation.
 * Two implementations pass one contract (handoff_queue_contract.ts): memory (single node, the offline
 * default) and Redis (shared by every node, survives a restart).
 *
 * Priority: fraud first (FIFO among fraud), then by wait time with a head start for complaints and upset
 * customers, so nobody waits forever behind later arrivals.
 */
import { z } from 'zod';
import { HandoffReason } from '../nlu/intent_catalog_schema.ts';
import { Channel, Locale } from '../protocol/protocol.ts';
import { Disposition, TicketState, type QueueTicketView } from '../protocol/agent_protocol.ts';

export const HandoffTicket = z.object({
  sessionId: z.string(),
  reason: HandoffReason,
  locale: Locale,
  channel: Channel,
  verified: z.boolean(),
  state: TicketState,
  enqueuedAt: z.number().int(),
  /** Lower is served first. */
  priority: z.number(),
  agentId: z.string().optional(),
  agentName: z.string().optional(),
  claimedAt: z.number().int().optional(),
  sentiment: z.number(),
  schemes: z.array(z.string()),
  because: z.array(z.string()),
  /**
   * The queue status last sent to the customer (`reason:position:etaSec`), so a status that did not change is
   * not sent again when the queue changes elsewhere.
   */
  told: z.string().optional(),
});
export type HandoffTicket = z.infer<typeof HandoffTicket>;

export type NewTicket = Omit<
  HandoffTicket,
  'state' | 'priority' | 'agentId' | 'agentName' | 'claimedAt' | 'told'
>;

/** Head start (ms of extra waiting credited) per reason; fraud is always ahead of everyone else. */
const HEAD_START_MS: Record<HandoffReason, number> = {
  fraud_risk: 1e12,
  complaint: 120_000,
  negative_sentiment: 60_000,
  asked_for_human: 0,
  repeated_fallback: 0,
};

export function priorityOf(reason: HandoffReason, enqueuedAt: number): number {
  return enqueuedAt - HEAD_START_MS[reason];
}

export type EnqueueResult = { ticket: HandoffTicket; outcome: 'created' | 'exists' | 'upgraded' };
export type ClaimResult =
  { ok: true; ticket: HandoffTicket } | { ok: false; code: 'missing' | 'taken'; agentId?: string };
export type EndResult = { ok: true; ticket: HandoffTicket } | { ok: false; code: 'missing' | 'not_yours' };

export interface CallbackRequest {
  sessionId: string;
  locale: Locale;
  channel: Channel;
  verified: boolean;
  at: number;
  /**
   * The number an unverified customer left to be called on (a verified one is called on the number the bank
   * holds). Kept only here, for the team that calls back; transcripts and logs mask it.
   */
  phone?: string;
  /** Why the customer wanted a person (`fraud_risk`: a scam case, called first). */
  reason?: HandoffReason;
  /** The scam patterns of a fraud case, for whoever calls back. */
  schemes?: string[];
}

/**
 * A callback registered in place of a place in the queue: `left` is the queued ticket it replaced (null when
 * the customer was not queued). Refused while an agent holds the conversation: they are in contact already.
 */
export type CallbackResult = { ok: true; left: HandoffTicket | null } | { ok: false; code: 'with_agent' };

export interface HandoffStats {
  handoffsByReason: Record<string, number>;
  dispositions: Record<string, number>;
  callbackRequests: number;
}

export interface HandoffQueue {
  readonly kind: 'memory' | 'redis';
  /** Idempotent per session; a fraud_risk enqueue upgrades an existing ticket to the front. */
  enqueue(ticket: NewTicket): Promise<EnqueueResult>;
  get(sessionId: string): Promise<HandoffTicket | null>;
  /** Atomic: exactly one concurrent claimer of a queued ticket wins. */
  claim(sessionId: string, agent: { id: string; name: string }, now?: number): Promise<ClaimResult>;
  /**
   * Removes the ticket (return to assistant, close, customer cancel). With `agentId`, only the agent
   * holding the conversation may end it; without, anyone (the customer, a supervisor).
   */
  end(sessionId: string, agentId?: string): Promise<EndResult>;
  /**
   * Removes the ticket only while it is still queued (a customer gone past the resume window), atomically: one
   * an agent claimed meanwhile stays (`not_yours`).
   */
  endIfQueued(sessionId: string): Promise<EndResult>;
  /**
   * Moves a queued ticket to another language's queue (the customer switched language while waiting),
   * atomically, keeping its wait and priority: their place there is what it would have been had they asked
   * in that language from the start. Null when the ticket is gone or an agent holds it.
   */
  changeLanguage(sessionId: string, locale: Locale): Promise<HandoffTicket | null>;
  /** Every ticket: queued ones by priority, then those with an agent. */
  list(): Promise<HandoffTicket[]>;
  /** Session ids queued for a language, first served first. */
  queued(locale: Locale): Promise<string[]>;
  /**
   * The 1-based place of a session in its language's queue (its index in `queued(locale)` plus one), or
   * null when it is not queued there. Cheap however long the queue: a customer's status asks for it on
   * every message while they wait.
   */
  position(sessionId: string, locale: Locale): Promise<number | null>;
  /** Records the status last sent to each customer (`HandoffTicket.told`); tickets gone since are skipped. */
  markTold(told: ReadonlyArray<{ sessionId: string; told: string }>): Promise<void>;
  recordDisposition(disposition: Disposition): Promise<void>;
  addCallback(request: CallbackRequest): Promise<void>;
  /**
   * A customer's callback request, atomically in place of their place in the queue: a queued ticket is removed
   * as the request is added, so the bank contacts them once (a call), never a call and an agent as well.
   * Nothing changes while an agent holds the conversation (`with_agent`).
   */
  callbackInsteadOfQueue(request: CallbackRequest): Promise<CallbackResult>;
  stats(): Promise<HandoffStats>;
}

/**
 * Tickets as agents see them, with 1-based positions (per language) of queued customers who are still there.
 * A customer whose connection is gone (`offline`: since when) is marked so; queued, they have no position and
 * are listed after the queued customers still there. The order of `tickets` is otherwise kept.
 */
export function toViews(
  tickets: readonly HandoffTicket[],
  offline: ReadonlyMap<string, number> = new Map(),
): QueueTicketView[] {
  const gone = (t: HandoffTicket): boolean => t.state === 'queued' && offline.has(t.sessionId);
  const ordered = [
    ...tickets.filter((t) => t.state === 'queued' && !gone(t)),
    ...tickets.filter(gone),
    ...tickets.filter((t) => t.state !== 'queued'),
  ];
  const seen: Record<string, number> = {};
  return ordered.map((t) => {
    const view: QueueTicketView = {
      sessionId: t.sessionId,
      reason: t.reason,
      locale: t.locale,
      channel: t.channel,
      verified: t.verified,
      state: t.state,
      enqueuedAt: t.enqueuedAt,
      sentiment: t.sentiment,
      schemes: t.schemes,
      ...(t.agentId ? { agentId: t.agentId } : {}),
      ...(t.agentName ? { agentName: t.agentName } : {}),
      ...(t.claimedAt ? { claimedAt: t.claimedAt } : {}),
    };
    const since = offline.get(t.sessionId);
    if (since !== undefined) view.offlineSince = since;
    if (t.state === 'queued' && since === undefined)
      view.position = seen[t.locale] = (seen[t.locale] ?? 0) + 1;
    return view;
  });
}

/** Queued by priority first, then with an agent by claim time. */
export function sortTickets(tickets: HandoffTicket[]): HandoffTicket[] {
  return tickets.sort(compareTickets);
}

/** Queued tickets first (by priority, then wait), then those with an agent (by when they were claimed). */
export function compareTickets(a: HandoffTicket, b: HandoffTicket): number {
  if (a.state !== b.state) return a.state === 'queued' ? -1 : 1;
  if (a.state === 'queued') return a.priority - b.priority || a.enqueuedAt - b.enqueuedAt;
  return (a.claimedAt ?? 0) - (b.claimedAt ?? 0);
}
