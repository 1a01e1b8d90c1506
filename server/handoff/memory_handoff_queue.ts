/**
 * The handoff queue in process memory: one node, lost on restart (the offline default). Every operation
 * runs to completion without awaiting, so claims are atomic within the process.
 */
import type { Locale } from '../protocol/protocol.ts';
import type { Disposition } from '../protocol/agent_protocol.ts';
import {
  priorityOf,
  compareTickets,
  sortTickets,
  type CallbackRequest,
  type CallbackResult,
  type ClaimResult,
  type EndResult,
  type EnqueueResult,
  type HandoffQueue,
  type HandoffStats,
  type HandoffTicket,
  type NewTicket,
} from './handoff_queue.ts';

const MAX_CALLBACKS = 1000;

export class MemoryHandoffQueue implements HandoffQueue {
  readonly kind = 'memory' as const;
  private readonly tickets = new Map<string, HandoffTicket>();
  private readonly byReason: Record<string, number> = {};
  private readonly byDisposition: Record<string, number> = {};
  private readonly callbacks: CallbackRequest[] = [];

  async enqueue(input: NewTicket): Promise<EnqueueResult> {
    const existing = this.tickets.get(input.sessionId);
    if (existing) {
      if (input.reason !== 'fraud_risk' || existing.reason === 'fraud_risk')
        return { ticket: { ...existing }, outcome: 'exists' };
      existing.reason = 'fraud_risk';
      existing.priority = priorityOf('fraud_risk', existing.enqueuedAt);
      existing.schemes = input.schemes;
      existing.because = input.because;
      this.count(input.reason);
      return { ticket: { ...existing }, outcome: 'upgraded' };
    }
    const ticket: HandoffTicket = {
      ...input,
      state: 'queued',
      priority: priorityOf(input.reason, input.enqueuedAt),
    };
    this.tickets.set(input.sessionId, ticket);
    this.count(input.reason);
    return { ticket: { ...ticket }, outcome: 'created' };
  }

  async get(sessionId: string): Promise<HandoffTicket | null> {
    const t = this.tickets.get(sessionId);
    return t ? { ...t } : null;
  }

  async claim(
    sessionId: string,
    agent: { id: string; name: string },
    now = Date.now(),
  ): Promise<ClaimResult> {
    const t = this.tickets.get(sessionId);
    if (!t) return { ok: false, code: 'missing' };
    if (t.state !== 'queued')
      return { ok: false, code: 'taken', ...(t.agentId ? { agentId: t.agentId } : {}) };
    t.state = 'with_agent';
    t.agentId = agent.id;
    t.agentName = agent.name;
    t.claimedAt = now;
    return { ok: true, ticket: { ...t } };
  }

  async endIfQueued(sessionId: string): Promise<EndResult> {
    const t = this.tickets.get(sessionId);
    if (!t) return { ok: false, code: 'missing' };
    if (t.state !== 'queued') return { ok: false, code: 'not_yours' };
    this.tickets.delete(sessionId);
    return { ok: true, ticket: t };
  }

  async end(sessionId: string, agentId?: string): Promise<EndResult> {
    const t = this.tickets.get(sessionId);
    if (!t) return { ok: false, code: 'missing' };
    if (agentId !== undefined && (t.state !== 'with_agent' || t.agentId !== agentId))
      return { ok: false, code: 'not_yours' };
    this.tickets.delete(sessionId);
    return { ok: true, ticket: t };
  }

  async changeLanguage(sessionId: string, locale: Locale): Promise<HandoffTicket | null> {
    const t = this.tickets.get(sessionId);
    if (!t || t.state !== 'queued') return null;
    t.locale = locale;
    delete t.told;
    return { ...t };
  }

  async list(): Promise<HandoffTicket[]> {
    return sortTickets([...this.tickets.values()].map((t) => ({ ...t })));
  }

  async queued(locale: Locale): Promise<string[]> {
    return (await this.list())
      .filter((t) => t.state === 'queued' && t.locale === locale)
      .map((t) => t.sessionId);
  }

  async position(sessionId: string, locale: Locale): Promise<number | null> {
    const t = this.tickets.get(sessionId);
    if (!t || t.state !== 'queued' || t.locale !== locale) return null;
    // Ties go by insertion order, as in the stable sort of `list()`.
    let ahead = 0;
    let before = true;
    for (const o of this.tickets.values()) {
      if (o === t) before = false;
      else if (o.state === 'queued' && o.locale === locale) {
        const c = compareTickets(o, t);
        if (c < 0 || (c === 0 && before)) ahead++;
      }
    }
    return ahead + 1;
  }

  async markTold(told: ReadonlyArray<{ sessionId: string; told: string }>): Promise<void> {
    for (const { sessionId, told: status } of told) {
      const t = this.tickets.get(sessionId);
      if (t) t.told = status;
    }
  }

  async recordDisposition(disposition: Disposition): Promise<void> {
    this.byDisposition[disposition] = (this.byDisposition[disposition] ?? 0) + 1;
  }

  async addCallback(request: CallbackRequest): Promise<void> {
    this.callbacks.push(request);
    if (this.callbacks.length > MAX_CALLBACKS) this.callbacks.shift();
  }

  async callbackInsteadOfQueue(request: CallbackRequest): Promise<CallbackResult> {
    const t = this.tickets.get(request.sessionId);
    if (t?.state === 'with_agent') return { ok: false, code: 'with_agent' };
    if (t) this.tickets.delete(request.sessionId);
    await this.addCallback(request);
    return { ok: true, left: t ?? null };
  }

  async stats(): Promise<HandoffStats> {
    return {
      handoffsByReason: { ...this.byReason },
      dispositions: { ...this.byDisposition },
      callbackRequests: this.callbacks.length,
    };
  }

  private count(reason: string): void {
    this.byReason[reason] = (this.byReason[reason] ?? 0) + 1;
  }
}
