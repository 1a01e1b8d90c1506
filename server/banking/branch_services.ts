/**
 * Branch services the assistant books: appointments with a branch and queue tickets (取号). Not core
 * banking, but they sit next to it and are audited the same way. Redis for clusters, memory offline.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { AuditLog } from './audit_log.ts';
import type { Localized } from './core_banking.ts';
import { businessDay } from './money.ts';
import { SANDBOX_BRANCHES } from './sandbox_seed.ts';

export const QUEUE_SERVICES = {
  personal: { prefix: 'A', name: { 'zh-CN': '个人业务', en: 'Personal banking' } },
  corporate: { prefix: 'B', name: { 'zh-CN': '对公业务', en: 'Business banking' } },
  wealth: { prefix: 'V', name: { 'zh-CN': '理财咨询', en: 'Wealth advice' } },
} as const satisfies Record<string, { prefix: string; name: Localized }>;
export type QueueService = keyof typeof QUEUE_SERVICES;

export type Period = 'am' | 'pm';

export interface Branch {
  id: string;
  name: Localized;
  /** Words a customer may use for it (中关村, Lujiazui). */
  keywords: string[];
}

export interface Appointment {
  id: string;
  customerId: string;
  branchId: string;
  /** ISO date. */
  date: string;
  period: Period;
  createdAt: number;
}

export interface QueueTicket {
  id: string;
  /** What the screen calls: A023. */
  number: string;
  branchId: string;
  service: QueueService;
  /** Tickets of the same service issued earlier today at the branch. */
  ahead: number;
  issuedAt: number;
}

export interface BranchServices {
  readonly branches: readonly Branch[];
  bookAppointment(req: Omit<Appointment, 'id' | 'createdAt'>, now?: Date): Promise<Appointment>;
  takeTicket(branchId: string, service: QueueService, now?: Date): Promise<QueueTicket>;
  ticket(id: string): Promise<QueueTicket | null>;
}

const TICKET_TTL_SEC = 86_400;

function ticketFrom(branchId: string, service: QueueService, n: number, at: number): QueueTicket {
  return {
    id: randomUUID().replace(/-/g, '').slice(0, 16),
    number: `${QUEUE_SERVICES[service].prefix}${String(n).padStart(3, '0')}`,
    branchId,
    service,
    ahead: n - 1,
    issuedAt: at,
  };
}

export class MemoryBranchServices implements BranchServices {
  readonly branches = SANDBOX_BRANCHES;
  private readonly counters = new Map<string, number>();
  private readonly tickets = new Map<string, QueueTicket>();

  constructor(private readonly audit: AuditLog) {}

  async bookAppointment(req: Omit<Appointment, 'id' | 'createdAt'>, now = new Date()): Promise<Appointment> {
    const appt: Appointment = { ...req, id: `ap-${randomUUID().slice(0, 8)}`, createdAt: now.getTime() };
    await this.audit.append(appointmentAudit(appt));
    return appt;
  }

  async takeTicket(branchId: string, service: QueueService, now = new Date()): Promise<QueueTicket> {
    const key = `${branchId}:${service}:${businessDay(now)}`;
    const n = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, n);
    const t = ticketFrom(branchId, service, n, now.getTime());
    this.tickets.set(t.id, t);
    return t;
  }

  async ticket(id: string): Promise<QueueTicket | null> {
    return this.tickets.get(id) ?? null;
  }
}

export class RedisBranchServices implements BranchServices {
  readonly branches = SANDBOX_BRANCHES;
  private readonly base: string;

  constructor(
    private readonly redis: Redis,
    prefix: string,
    private readonly audit: AuditLog,
  ) {
    this.base = `${prefix}bank:{sbx}:`;
  }

  async bookAppointment(req: Omit<Appointment, 'id' | 'createdAt'>, now = new Date()): Promise<Appointment> {
    const appt: Appointment = { ...req, id: `ap-${randomUUID().slice(0, 8)}`, createdAt: now.getTime() };
    await this.redis.rpush(`${this.base}cust:${req.customerId}:appointments`, JSON.stringify(appt));
    await this.audit.append(appointmentAudit(appt));
    return appt;
  }

  async takeTicket(branchId: string, service: QueueService, now = new Date()): Promise<QueueTicket> {
    const counter = `${this.base}queue:${branchId}:${service}:${businessDay(now)}`;
    const n = await this.redis.incr(counter);
    if (n === 1) await this.redis.expire(counter, TICKET_TTL_SEC * 2);
    const t = ticketFrom(branchId, service, n, now.getTime());
    await this.redis.set(`${this.base}ticket:${t.id}`, JSON.stringify(t), 'EX', TICKET_TTL_SEC);
    return t;
  }

  async ticket(id: string): Promise<QueueTicket | null> {
    if (!/^[a-f0-9]{16}$/.test(id)) return null;
    const raw = await this.redis.get(`${this.base}ticket:${id}`);
    return raw ? (JSON.parse(raw) as QueueTicket) : null;
  }
}

function appointmentAudit(a: Appointment): Parameters<AuditLog['append']>[0] {
  return {
    type: 'appointment.booked',
    at: a.createdAt,
    actor: a.customerId,
    data: { appointment: a.id, branch: a.branchId, date: a.date, period: a.period },
  };
}
