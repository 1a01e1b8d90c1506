/**
 * The audit trail of every change the assistant makes in the core: transfers (completed and refused), bill
 * payments, card status changes, payees added, appointments booked. Data is masked before it is appended
 * (account tails, first character of names); codes, PINs and full numbers never appear.
 *
 * On Redis it is a stream (`XADD … MAXLEN ~`); money movements append inside their Lua script so the audit
 * entry and the change are one atomic step.
 */
import type { Redis } from 'ioredis';

export interface AuditEvent {
  /** Stream entry id (Redis) or sequence number (memory). */
  id: string;
  type: string;
  at: number;
  /** Customer id (or `system`). */
  actor: string;
  data: Record<string, unknown>;
}

export interface AuditLog {
  append(event: Omit<AuditEvent, 'id'>): Promise<void>;
  /** Newest first. */
  recent(count: number): Promise<AuditEvent[]>;
}

export const AUDIT_MAXLEN = 100_000;

export class RedisAuditLog implements AuditLog {
  constructor(
    private readonly redis: Redis,
    readonly key: string,
  ) {}

  async append(e: Omit<AuditEvent, 'id'>): Promise<void> {
    await this.redis.xadd(
      this.key,
      'MAXLEN',
      '~',
      String(AUDIT_MAXLEN),
      '*',
      'type',
      e.type,
      'at',
      String(e.at),
      'actor',
      e.actor,
      'data',
      JSON.stringify(e.data),
    );
  }

  async recent(count: number): Promise<AuditEvent[]> {
    const rows = await this.redis.xrevrange(this.key, '+', '-', 'COUNT', count);
    return rows.map(([id, fields]) => {
      const f: Record<string, string> = {};
      for (let i = 0; i + 1 < fields.length; i += 2) f[fields[i]!] = fields[i + 1]!;
      return {
        id,
        type: f.type ?? '',
        at: Number(f.at ?? 0),
        actor: f.actor ?? '',
        data: JSON.parse(f.data ?? '{}') as Record<string, unknown>,
      };
    });
  }
}

export class MemoryAuditLog implements AuditLog {
  private readonly events: AuditEvent[] = [];
  private seq = 0;

  async append(e: Omit<AuditEvent, 'id'>): Promise<void> {
    this.appendSync(e);
  }

  /** Memory core banking appends in the same synchronous step as the change. */
  appendSync(e: Omit<AuditEvent, 'id'>): void {
    this.events.push({ ...e, data: structuredClone(e.data), id: String(++this.seq) });
    if (this.events.length > AUDIT_MAXLEN) this.events.splice(0, this.events.length - AUDIT_MAXLEN);
  }

  async recent(count: number): Promise<AuditEvent[]> {
    return this.events.slice(-count).reverse();
  }
}
