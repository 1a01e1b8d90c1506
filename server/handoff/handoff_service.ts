/**
 * The handoff lifecycle shared by the turn steps (customer side) and the agent console (agent side):
 * queue -> claimed by an agent -> replies both ways -> back to the assistant or closed. State lives in the
 * HandoffQueue (Redis across nodes); customers are reached through `sessionRoom(id)` and agents through
 * their rooms on `/agent`, both via the socket.io adapter, so it works whichever node each side is on.
 * Every step is written to the session transcript as a `system` line with its reason or event.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { HandoffReason } from '../nlu/intent_catalog_schema.ts';
import type { KnowledgeBase } from '../nlu/understanding.ts';
import { maskSensitive } from '../privacy/mask.ts';
import type {
  AgentBrief,
  AgentProfile,
  AgentTranscriptLine,
  ConversationDetail,
  ConversationOutcome,
  Disposition,
  QueueSnapshot,
  SupervisorStats,
} from '../protocol/agent_protocol.ts';
import type { Channel, HandoffStatus, Locale } from '../protocol/protocol.ts';
import type { SessionStore } from '../session/session_store.ts';
import type { TranscriptEntry } from '../session/session_record.ts';
import { sessionRoom, type CustomerNamespace } from '../socket/customer_namespace.ts';
import {
  AGENTS_ROOM,
  conversationRoom,
  SUPERVISORS_ROOM,
  type AgentNamespace,
} from '../socket/agent_namespace.ts';
import { availableByLocale, type PresenceStore } from '../agents/presence_store.ts';
import type { CustomerPresence } from './customer_presence.ts';
import { withinHours, type HandoffConfig } from './handoff_config.ts';
import { RecentTickets } from './recent_tickets.ts';
import { toViews, type HandoffQueue, type HandoffTicket } from './handoff_queue.ts';
import type { PolicyVerdict } from './handoff_policy.ts';
import {
  agentJoinedReply,
  agentMessageReply,
  estimateWait,
  returnedReply,
  type QueuePlace,
} from './handoff_replies.ts';
import { agentLines, suggestReplies, summarize } from './conversation_summary.ts';
import { extractiveBrief } from './agent_brief.ts';
import { LruMemo } from '../nlu/lru_memo.ts';
import { supervisorStats } from './supervisor_stats.ts';
import type { CustomerDelivery } from './customer_delivery.ts';

/** The note on a conversation returned because its agent's console went away (`releaseAgent`). */
const AGENT_LOST = 'agent connection lost';

export interface HandoffServiceDeps {
  queue: HandoffQueue;
  presence: PresenceStore;
  store: SessionStore;
  customers: CustomerNamespace;
  agents: AgentNamespace;
  knowledge: KnowledgeBase | null;
  config: HandoffConfig;
  logger: Logger;
  /** Replies outside a turn (agent messages, announcements) to the customer's node. */
  delivery: CustomerDelivery;
  /** Which queued customers still have a connection open, on any node. */
  customerPresence: CustomerPresence;
  /** How long a queued customer whose connection is gone keeps the ticket (the session's resume window). */
  customerGoneMs: number;
  /**
   * The language model's brief of a conversation (agent_brief.ts), null when it fails or is too slow;
   * resolves, never rejects. Absent without a model: the console keeps the extractive brief.
   */
  modelBrief?: (transcript: readonly TranscriptEntry[], locale: Locale) => Promise<AgentBrief | null>;
}

export interface StartRequest {
  sessionId: string;
  locale: Locale;
  channel: Channel;
  verified: boolean;
  verdict: PolicyVerdict;
  /** Sentiment trend at the handoff. */
  sentiment: number;
  schemes: string[];
  now: number;
  /** Queue even when nobody is available (fraud: agents coming online see it first). */
  queueWhenUnavailable?: boolean;
}

/** A customer's callback request (`HandoffService.callback`). */
export interface CallbackAsk {
  sessionId: string;
  locale: Locale;
  channel: Channel;
  /** Verified: called on the number the bank holds; otherwise on `phone`. */
  verified: boolean;
  reason: HandoffReason | null;
  phone?: string;
  /** The scam patterns of a fraud case. */
  schemes?: readonly string[];
}

/** Registered (and the queue ticket it replaced, if any), or refused because an agent holds the chat. */
export type CallbackOutcome =
  { kind: 'registered'; leftQueue: HandoffTicket | null } | { kind: 'with_agent' };

export type StartOutcome =
  | { kind: 'queued'; ticket: HandoffTicket; place: QueuePlace; agentsAvailable: number }
  | { kind: 'unavailable'; why: 'closed' | 'no_agents'; ticket?: HandoffTicket };

/** Debounce of queue notifications (coalesces bursts of changes on one node). */
const NOTIFY_DELAY_MS = 20;

/** Model briefs remembered (one per conversation an agent opened recently). */
const MODEL_BRIEFS_KEPT = 500;

export class HandoffService {
  private notifyTimer: NodeJS.Timeout | null = null;
  private notifying: Promise<void> | null = null;
  private closed = false;

  /** The model's briefs by session and transcript state (bounded, least recently used out). */
  private readonly modelBriefs = new LruMemo<Promise<AgentBrief | null>>(MODEL_BRIEFS_KEPT);
  private readonly recentTickets: RecentTickets;

  constructor(private readonly deps: HandoffServiceDeps) {
    this.recentTickets = new RecentTickets(deps.config.ticketTtlSec * 1000);
  }

  get queue(): HandoffQueue {
    return this.deps.queue;
  }

  async agentsAvailable(): Promise<Record<Locale, number>> {
    return availableByLocale(await this.deps.presence.list());
  }

  // ------------------------------------------------------------------------------------------ customer side

  async start(req: StartRequest): Promise<StartOutcome> {
    const { config } = this.deps;
    const open = withinHours(config.hours, config.hoursTimeZone, new Date(req.now));
    const agents = (await this.agentsAvailable())[req.locale];
    const unavailable = !open ? 'closed' : agents === 0 ? 'no_agents' : null;
    if (unavailable && !req.queueWhenUnavailable) {
      await this.system(req.sessionId, `handoff unavailable: ${req.verdict.reason}`, {
        handoff: req.verdict.reason,
        because: req.verdict.because,
        outcome: `unavailable:${unavailable}`,
      });
      return { kind: 'unavailable', why: unavailable };
    }
    this.recentTickets.add(req.sessionId); // before the enqueue: covers a turn whose save then fails
    // The turn came in through the customer's connection: it is there now, however long ago it opened.
    await this.deps.customerPresence.seen(req.sessionId, req.now);
    const { ticket, outcome } = await this.deps.queue.enqueue({
      sessionId: req.sessionId,
      reason: req.verdict.reason,
      locale: req.locale,
      channel: req.channel,
      verified: req.verified,
      enqueuedAt: req.now,
      sentiment: req.sentiment,
      schemes: req.schemes,
      because: req.verdict.because,
    });
    if (outcome !== 'exists') {
      await this.system(req.sessionId, `handoff: ${req.verdict.reason}`, {
        handoff: req.verdict.reason,
        because: req.verdict.because,
        outcome,
      });
      this.deps.logger.info(
        { sessionId: req.sessionId, reason: req.verdict.reason, outcome },
        'handoff queued',
      );
      this.scheduleNotify();
    }
    if (unavailable) return { kind: 'unavailable', why: unavailable, ticket };
    const place = (await this.placeOf(ticket, agents)) ?? {
      position: 1,
      etaSec: estimateWait(1, agents, config.avgHandleSec),
    };
    return { kind: 'queued', ticket, place, agentsAvailable: agents };
  }

  /**
   * The session's ticket when it may have one: the record says it is handed over (`active`), or this node
   * queued one lately (see `RecentTickets`). Otherwise null without a round trip to the store.
   */
  async ticketOf(sessionId: string, active: boolean): Promise<HandoffTicket | null> {
    if (!active && !this.recentTickets.has(sessionId)) return null;
    const ticket = await this.deps.queue.get(sessionId);
    if (!ticket) this.recentTickets.delete(sessionId);
    return ticket;
  }

  /**
   * Position and estimated wait of a queued ticket (null when it is not queued), counting only the customers
   * ahead who are still there: one whose connection is gone holds nobody up.
   */
  async placeOf(ticket: HandoffTicket, agents?: number): Promise<QueuePlace | null> {
    if (ticket.state !== 'queued') return null;
    // Both reads at once: a waiting customer's every message asks for them.
    const [rank, available] = await Promise.all([
      this.deps.queue.position(ticket.sessionId, ticket.locale),
      agents ?? this.agentsAvailable().then((byLocale) => byLocale[ticket.locale]),
    ]);
    if (rank === null) return null;
    let position = rank;
    if (rank > 1) {
      const ahead = (await this.deps.queue.queued(ticket.locale))
        .slice(0, rank - 1)
        .filter((id) => id !== ticket.sessionId);
      position -= (await this.deps.customerPresence.offlineSince(ahead)).size;
    }
    return { position, etaSec: estimateWait(position, available, this.deps.config.avgHandleSec) };
  }

  /** The status a customer's client should show for a ticket (or none). */
  async statusOf(ticket: HandoffTicket | null): Promise<HandoffStatus | null> {
    if (!ticket) return null;
    if (ticket.state === 'with_agent')
      return {
        state: 'with_agent',
        reason: ticket.reason,
        ...(ticket.agentName ? { agentName: ticket.agentName } : {}),
      };
    if ((await this.availability(ticket.locale, Date.now())) !== 'open')
      return { state: 'unavailable', reason: ticket.reason };
    const place = await this.placeOf(ticket);
    return {
      state: 'queued',
      reason: ticket.reason,
      ...(place ? { position: place.position, etaSec: place.etaSec } : {}),
    };
  }

  /**
   * A waiting customer switched language: their ticket moves to that language's queue (keeping the wait), so
   * an agent who speaks it takes the chat; agents on every node see it move. It stays where it is when nobody
   * who speaks the new language can take it now but someone in the old one can: a reply from a person in the
   * first language beats none. The ticket as it is now.
   */
  async followLanguage(ticket: HandoffTicket, locale: Locale, now: number): Promise<HandoffTicket> {
    if (ticket.state !== 'queued' || ticket.locale === locale) return ticket;
    const [there, here] = await Promise.all([
      this.availability(locale, now),
      this.availability(ticket.locale, now),
    ]);
    if (there !== 'open' && here === 'open') return ticket;
    const moved = await this.deps.queue.changeLanguage(ticket.sessionId, locale);
    if (!moved) return (await this.deps.queue.get(ticket.sessionId)) ?? ticket; // claimed or ended meanwhile
    await this.system(ticket.sessionId, `handoff queue language: ${ticket.locale} -> ${locale}`, {
      handoffEvent: 'language',
      from: ticket.locale,
      to: locale,
    });
    this.deps.logger.info(
      { sessionId: ticket.sessionId, from: ticket.locale, to: locale },
      'handoff queue language',
    );
    this.scheduleNotify();
    return moved;
  }

  /** A customer message (already masked) shown live to whoever follows the conversation. */
  forwardToAgents(sessionId: string, line: AgentTranscriptLine): void {
    this.deps.agents.to(conversationRoom(sessionId)).emit('conversation.message', { sessionId, line });
  }

  /** Whether a customer in `locale` could reach an agent now (the queue's hours and who is online). */
  async availability(locale: Locale, now: number): Promise<'open' | 'closed' | 'no_agents'> {
    const { config } = this.deps;
    if (!withinHours(config.hours, config.hoursTimeZone, new Date(now))) return 'closed';
    return (await this.agentsAvailable())[locale] === 0 ? 'no_agents' : 'open';
  }

  /**
   * The customer leaves the queue, or ends the chat with the agent (who is told: `conversation.ended`, by
   * `customer`), and goes back to the assistant. The ended ticket (as it was), or null when there was none.
   */
  async cancelByCustomer(sessionId: string, locale: Locale): Promise<HandoffTicket | null> {
    const res = await this.deps.queue.end(sessionId);
    if (!res.ok) return null;
    const withAgent = res.ticket.state === 'with_agent';
    await this.system(sessionId, 'handoff cancelled by customer', {
      handoffEvent: 'cancelled',
      ...(withAgent && res.ticket.agentId ? { agentId: res.ticket.agentId } : {}),
    });
    this.toCustomer(sessionId).emit('handoff.status', { state: 'cancelled', reason: res.ticket.reason });
    this.toCustomer(sessionId).emit('session.state', { state: 'idle' });
    this.ended(sessionId, 'cancelled', 'customer');
    this.deps.logger.info({ sessionId, locale, withAgent }, 'handoff cancelled by customer');
    return res.ticket;
  }

  // --------------------------------------------------------------------------------------------- agent side

  async claim(agent: AgentProfile, sessionId: string): Promise<HandoffTicket> {
    const current = await this.deps.queue.get(sessionId);
    if (!current) throw new AppError('E_HANDOFF_NOT_FOUND');
    if (agent.role !== 'supervisor' && !agent.locales.includes(current.locale))
      throw new AppError('E_AGENT_FORBIDDEN', `this conversation needs ${current.locale}`);
    const res = await this.deps.queue.claim(sessionId, { id: agent.id, name: agent.displayName });
    if (!res.ok)
      throw new AppError(res.code === 'missing' ? 'E_HANDOFF_NOT_FOUND' : 'E_HANDOFF_ALREADY_CLAIMED');
    const t = res.ticket;
    await this.system(sessionId, 'handoff claimed', { handoffEvent: 'claimed', agentId: agent.id });
    this.toCustomer(sessionId).emit('handoff.status', {
      state: 'with_agent',
      reason: t.reason,
      agentName: agent.displayName,
    });
    this.toCustomer(sessionId).emit('session.state', { state: 'with_agent' });
    await this.deps.delivery.send(sessionId, agentJoinedReply(agent.displayName));
    this.deps.agents.to(AGENTS_ROOM).emit('conversation.claimed', {
      sessionId,
      agentId: agent.id,
      agentName: agent.displayName,
    });
    this.deps.logger.info({ sessionId, agentId: agent.id, reason: t.reason }, 'handoff claimed');
    this.scheduleNotify();
    return t;
  }

  /** The ticket an agent may act on: theirs, or any for a supervisor. */
  private async held(agent: AgentProfile, sessionId: string, supervisorMay: boolean): Promise<HandoffTicket> {
    const t = await this.deps.queue.get(sessionId);
    if (!t) throw new AppError('E_HANDOFF_NOT_FOUND');
    const mine = t.state === 'with_agent' && t.agentId === agent.id;
    if (!mine && !(supervisorMay && agent.role === 'supervisor')) throw new AppError('E_HANDOFF_NOT_YOURS');
    return t;
  }

  async reply(agent: AgentProfile, sessionId: string, text: string): Promise<void> {
    await this.held(agent, sessionId, false);
    const reply = agentMessageReply(text);
    const line: TranscriptEntry = {
      id: reply.en.replyId,
      role: 'agent',
      text: maskSensitive(text),
      at: reply.en.at,
      meta: { kind: 'agent', agentId: agent.id },
    };
    await this.deps.store.appendTranscript(sessionId, [line]);
    await this.deps.delivery.send(sessionId, reply);
    this.forwardToAgents(sessionId, line);
  }

  /** Back to the assistant (`returned`) or done (`closed`, with a disposition). */
  async finish(
    agent: AgentProfile,
    sessionId: string,
    outcome: Exclude<ConversationOutcome, 'cancelled'>,
    disposition?: Disposition,
    note?: string,
  ): Promise<void> {
    await this.held(agent, sessionId, true);
    const res = await this.deps.queue.end(sessionId, agent.role === 'supervisor' ? undefined : agent.id);
    if (!res.ok) throw new AppError(res.code === 'missing' ? 'E_HANDOFF_NOT_FOUND' : 'E_HANDOFF_NOT_YOURS');
    if (outcome === 'closed' && disposition) await this.deps.queue.recordDisposition(disposition);
    await this.system(sessionId, `handoff ${outcome}`, {
      handoffEvent: outcome,
      agentId: agent.id,
      ...(disposition ? { disposition } : {}),
      ...(note ? { note: maskSensitive(note) } : {}),
    });
    this.toCustomer(sessionId).emit('handoff.status', { state: 'returned', reason: res.ticket.reason });
    this.toCustomer(sessionId).emit('session.state', { state: 'idle' });
    await this.deps.delivery.send(sessionId, returnedReply(note === AGENT_LOST));
    this.ended(
      sessionId,
      outcome,
      agent.role === 'supervisor' && res.ticket.agentId !== agent.id ? 'supervisor' : 'agent',
      disposition,
    );
    this.deps.logger.info({ sessionId, agentId: agent.id, outcome, disposition }, 'handoff finished');
  }

  /**
   * An agent whose every console is gone (closed, crashed, network lost) past the grace period: their
   * conversations go back to the assistant, and each customer is told why, instead of talking to nobody.
   */
  async releaseAgent(agent: AgentProfile): Promise<number> {
    const mine = (await this.deps.queue.list()).filter((t) => t.agentId === agent.id);
    for (const t of mine) await this.finish(agent, t.sessionId, 'returned', undefined, AGENT_LOST);
    return mine.length;
  }

  /**
   * What the agent sees on opening a conversation, with the extractive brief; and the language model's
   * brief of the same transcript, or null (no model, or it failed), to send when it is ready.
   */
  async detail(
    agent: AgentProfile,
    sessionId: string,
  ): Promise<{ detail: ConversationDetail; modelBrief: Promise<AgentBrief | null> }> {
    const t = await this.held(agent, sessionId, true);
    const [transcript, record] = await Promise.all([
      this.deps.store.transcript(sessionId, 200),
      this.deps.store.get(sessionId),
    ]);
    const [view] = toViews([t]);
    const brief = await extractiveBrief(transcript, t.locale);
    return {
      detail: {
        sessionId,
        ticket: view!,
        transcript: agentLines(transcript, { locale: t.locale, knowledge: this.deps.knowledge }),
        summary: summarize(t, transcript, record, brief),
        suggestions: suggestReplies(t, transcript, this.deps.knowledge),
      },
      modelBrief: this.modelBriefOf(sessionId, transcript, t.locale),
    };
  }

  /** Asked once per state of the transcript, so opening a conversation again does not ask the model again. */
  private modelBriefOf(
    sessionId: string,
    transcript: readonly TranscriptEntry[],
    locale: Locale,
  ): Promise<AgentBrief | null> {
    const ask = this.deps.modelBrief;
    if (!ask) return Promise.resolve(null);
    const key = `${sessionId}\u0000${transcript.at(-1)?.id ?? ''}`;
    return this.modelBriefs.get(key, () =>
      ask(transcript, locale).then((result) => {
        if (result === null) this.modelBriefs.delete(key); // a failed or late answer is asked again next time
        return result;
      }),
    );
  }

  async snapshot(): Promise<QueueSnapshot> {
    const [tickets, agents] = await Promise.all([this.deps.queue.list(), this.agentsAvailable()]);
    const offline = await this.offlineOf(tickets);
    return { tickets: toViews(tickets, offline), agentsAvailable: agents, at: Date.now() };
  }

  /** Customers with a ticket whose connection is gone, and since when. */
  private offlineOf(tickets: readonly HandoffTicket[], now = Date.now()): Promise<Map<string, number>> {
    return this.deps.customerPresence.offlineSince(
      tickets.map((t) => t.sessionId),
      now,
    );
  }

  // ---------------------------------------------------------------------------------- customer presence

  /**
   * A customer socket connected (a first connection, a reload, a resume on any node): the customer is there.
   * Back while queued, they are online again in the same place, and the queue views follow.
   */
  async customerConnected(sessionId: string, connectionId: string, handedOver: boolean): Promise<void> {
    const wasGone = handedOver && (await this.deps.customerPresence.offlineSince([sessionId])).has(sessionId);
    await this.deps.customerPresence.connected(sessionId, connectionId);
    if (wasGone) this.scheduleNotify();
  }

  /** A customer socket closed; when it was their last and they are queued, agents see them offline. */
  async customerDisconnected(sessionId: string, connectionId: string, handedOver: boolean): Promise<void> {
    const gone = await this.deps.customerPresence.disconnected(sessionId, connectionId);
    if (!gone || !(await this.ticketOf(sessionId, handedOver))) return;
    this.deps.logger.info({ sessionId }, 'queued customer offline');
    this.scheduleNotify();
  }

  /**
   * Queued customers gone longer than the session's resume window (they can no longer come back to this
   * conversation): their tickets are removed, written to the transcript, and agents' views drop them. Any
   * node may run it; removing is atomic, and a ticket an agent claimed meanwhile stays.
   */
  async removeGoneCustomers(now = Date.now()): Promise<number> {
    const tickets = await this.deps.queue.list();
    const offline = await this.offlineOf(tickets, now);
    let removed = 0;
    for (const [sessionId, since] of offline) {
      // An agent holding the conversation decides what happens to it; the one still queued is removed.
      if (now - since < this.deps.customerGoneMs) continue;
      const res = await this.deps.queue.endIfQueued(sessionId);
      if (!res.ok) continue;
      removed++;
      this.recentTickets.delete(sessionId);
      await this.system(sessionId, 'handoff ended: customer gone', {
        handoffEvent: 'customer_gone',
        offlineSince: since,
      });
      this.ended(sessionId, 'cancelled', 'customer');
      this.deps.logger.info({ sessionId, reason: res.ticket.reason }, 'handoff ended: customer gone');
    }
    return removed;
  }

  async supervisorStats(now = Date.now()): Promise<SupervisorStats> {
    const [tickets, presence, stats] = await Promise.all([
      this.deps.queue.list(),
      this.deps.presence.list(now),
      this.deps.queue.stats(),
    ]);
    return supervisorStats(tickets, presence, stats, now);
  }

  // ------------------------------------------------------------------------------------------ notifications

  /** Queue changed: refresh every agent's view and every waiting customer's position (debounced). */
  scheduleNotify(): void {
    if (this.closed || this.notifyTimer) return;
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = null;
      const run = this.notifyNow().catch((err: unknown) =>
        this.deps.logger.warn({ err }, 'handoff notification failed'),
      );
      this.notifying = run;
      void run.finally(() => {
        if (this.notifying === run) this.notifying = null;
      });
    }, NOTIFY_DELAY_MS);
    this.notifyTimer.unref();
  }

  async notifyNow(): Promise<void> {
    if (this.closed) return;
    const [tickets, agents] = await Promise.all([this.deps.queue.list(), this.agentsAvailable()]);
    const offline = await this.offlineOf(tickets);
    // Nothing is sent once the node is shutting down (its Redis connections are about to close).
    if (this.closed) return;
    const views = toViews(tickets, offline);
    const toldBefore = new Map(tickets.map((t) => [t.sessionId, t.told]));
    this.deps.agents
      .to(AGENTS_ROOM)
      .emit('queue.snapshot', { tickets: views, agentsAvailable: agents, at: Date.now() });
    // Each waiting customer hears of a change to their own place or wait, not of every change to the queue:
    // someone joining at the back moves nobody, and with hundreds waiting a status to each was most of the
    // work of every change.
    const told: Array<{ sessionId: string; told: string }> = [];
    const { config } = this.deps;
    const open = withinHours(config.hours, config.hoursTimeZone, new Date());
    for (const v of views) {
      // A customer who is gone is not told anything (they hear where they stand when they come back).
      if (v.state !== 'queued' || v.position === undefined) continue;
      // A case waiting while nobody can take it (a fraud case, or everyone went offline) is told so, not
      // given a place and a wait that nobody is working through.
      const nobody = !open || agents[v.locale] === 0;
      const etaSec = estimateWait(v.position, agents[v.locale], config.avgHandleSec);
      const status = nobody ? `${v.reason}:unavailable` : `${v.reason}:${v.position}:${etaSec}`;
      if (toldBefore.get(v.sessionId) === status) continue;
      this.toCustomer(v.sessionId).emit(
        'handoff.status',
        nobody
          ? { state: 'unavailable', reason: v.reason }
          : { state: 'queued', reason: v.reason, position: v.position, etaSec },
      );
      told.push({ sessionId: v.sessionId, told: status });
    }
    if (told.length > 0) await this.deps.queue.markTold(told);
    const stats = await this.supervisorStats();
    if (!this.closed) this.deps.agents.to(SUPERVISORS_ROOM).emit('supervisor.stats', stats);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.notifyTimer) clearTimeout(this.notifyTimer);
    this.notifyTimer = null;
    await this.notifying;
  }

  // ---------------------------------------------------------------------------------------------- helpers

  private toCustomer(sessionId: string): ReturnType<CustomerNamespace['to']> {
    return this.deps.customers.to(sessionRoom(sessionId));
  }

  private ended(
    sessionId: string,
    outcome: ConversationOutcome,
    by: 'agent' | 'supervisor' | 'customer',
    disposition?: Disposition,
  ): void {
    const room = conversationRoom(sessionId);
    this.deps.agents.to(room).emit('conversation.ended', {
      sessionId,
      outcome,
      by,
      ...(disposition ? { disposition } : {}),
    });
    this.deps.agents.in(room).socketsLeave(room);
    this.scheduleNotify();
  }

  /** A `system` transcript line: fixed text, the facts in meta. */
  async system(sessionId: string, text: string, meta: Record<string, unknown>): Promise<void> {
    await this.deps.store.appendTranscript(sessionId, [
      { id: randomUUID(), role: 'system', text, at: Date.now(), meta },
    ]);
  }

  /**
   * A customer's callback request. It takes the place of their place in the queue (one contact: the call,
   * never the call and an agent as well): a queued ticket ends, the customer's queue line goes, agents' queue
   * views drop it, and the callback keeps the case's reason and scam patterns for whoever calls back. Nothing
   * is registered while an agent holds the conversation (`with_agent`): they are in contact already.
   */
  async callback(req: CallbackAsk): Promise<CallbackOutcome> {
    const { sessionId, reason } = req;
    const res = await this.deps.queue.callbackInsteadOfQueue({
      sessionId,
      locale: req.locale,
      channel: req.channel,
      verified: req.verified,
      at: Date.now(),
      ...(req.phone ? { phone: req.phone } : {}),
      ...(reason ? { reason } : {}),
      ...(req.schemes && req.schemes.length > 0 ? { schemes: [...req.schemes] } : {}),
    });
    if (!res.ok) return { kind: 'with_agent' };
    const left = res.left;
    await this.system(sessionId, left ? 'callback requested in place of the queue' : 'callback requested', {
      handoffEvent: 'callback',
      ...(reason ? { handoff: reason } : {}),
      ...(left ? { leftQueue: true } : {}),
    });
    if (left) {
      this.toCustomer(sessionId).emit('handoff.status', { state: 'cancelled', reason: left.reason });
      this.toCustomer(sessionId).emit('session.state', { state: 'idle' });
      this.ended(sessionId, 'cancelled', 'customer');
      this.deps.logger.info({ sessionId, reason: left.reason }, 'callback in place of the queue');
    }
    this.scheduleNotify();
    return { kind: 'registered', leftQueue: left };
  }
}
