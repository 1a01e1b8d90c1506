/**
 * Branch services the assistant books: appointments with a branch (booked, listed, cancelled by their own
 * customer only) and queue tickets (取号). Not core
 * banking, but they sit next to it and are audited the same way. Redis for clusters, memory offline.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { AuditLog } from './audit_log.ts';
import type { Localized } from './core_banking.ts';
import { bankIsoDay, businessDay } from './bank_clock.ts';
import { SANDBOX_BRANCHES } from './sandbox_seed.ts';

/** `minutesEach`: the sandbox's average time at the counter per customer, for wait estimates. */
export const QUEUE_SERVICES = {
  personal: { prefix: 'A', name: { 'zh-CN': '个人业务', en: 'Personal banking' }, minutesEach: 5 },
  corporate: { prefix: 'B', name: { 'zh-CN': '对公业务', en: 'Business banking' }, minutesEach: 10 },
  wealth: { prefix: 'V', name: { 'zh-CN': '理财咨询', en: 'Wealth advice' }, minutesEach: 15 },
} as const satisfies Record<string, { prefix: string; name: Localized; minutesEach: number }>;
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
  /** What the visit is for; absent on appointments booked before it was asked. */
  service?: QueueService;
  createdAt: number;
}

/**
 * What cancelling an appointment did. Only the customer's own appointments can be cancelled: another
 * customer's id is `not_found`, exactly like an id that never existed, so nothing leaks about it.
 */
export type CancelAppointmentResult =
  | { status: 'cancelled'; appointment: Appointment }
  /** Cancelled earlier (a retry, a second tab): nothing changes, nothing is audited again. */
  | { status: 'already_cancelled'; appointment: Appointment }
  /** Its day is over: there is nothing left to cancel. */
  | { status: 'past'; appointment: Appointment }
  | { status: 'not_found' };

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

/** Where a ticket stands now. */
export interface TicketStatus {
  ticket: QueueTicket;
  /** Tickets of the same service issued before it and not called yet. */
  ahead: number;
  /** Its number has been called. */
  called: boolean;
  /** Estimated minutes until it is called (people ahead x the service's minutes each). */
  waitMinutes: number;
}

export interface BranchServices {
  readonly branches: readonly Branch[];
  bookAppointment(req: Omit<Appointment, 'id' | 'createdAt'>, now?: Date): Promise<Appointment>;
  /** The customer's appointments from today (in the bank's time zone) on, not cancelled, soonest first. */
  appointmentsOf(customerId: string, now?: Date): Promise<Appointment[]>;
  /** Cancels one of the customer's own upcoming appointments; idempotent (see the result type). */
  cancelAppointment(customerId: string, appointmentId: string, now?: Date): Promise<CancelAppointmentResult>;
  takeTicket(branchId: string, service: QueueService, now?: Date): Promise<QueueTicket>;
  ticket(id: string): Promise<QueueTicket | null>;
  /** Where the ticket stands now; null when unknown or expired. */
  ticketStatus(id: string): Promise<TicketStatus | null>;
  /**
   * The branch's counter calls the next ticket of a service (the branch's calling system; the sandbox has
   * none, so its tickets are not called unless something calls this). The number called, or null when
   * nobody is waiting.
   */
  callNext(branchId: string, service: QueueService, now?: Date): Promise<string | null>;
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

/** Position of a ticket in its day's sequence (A003 is 3). */
const seqOf = (t: QueueTicket): number => t.ahead + 1;

function statusOf(ticket: QueueTicket, calledSoFar: number): TicketStatus {
  const ahead = Math.max(0, seqOf(ticket) - 1 - calledSoFar);
  return {
    ticket,
    ahead,
    called: calledSoFar >= seqOf(ticket),
    waitMinutes: ahead * QUEUE_SERVICES[ticket.service].minutesEach,
  };
}

/** The counter key's tail for the day a ticket was issued: `<branch>:<service>:<yyyymmdd>`. */
const queueDay = (branchId: string, service: QueueService, at: Date): string =>
  `${branchId}:${service}:${businessDay(at)}`;

/** Today in the bank's time zone as an ISO date (appointments store ISO dates). */
const todayIso = bankIsoDay;

/** Soonest first: by day, morning before afternoon, then in the order they were booked. */
function soonestFirst(a: Appointment, b: Appointment): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.period !== b.period) return a.period === 'am' ? -1 : 1;
  return a.createdAt - b.createdAt;
}

function upcoming(all: Appointment[], cancelled: (id: string) => boolean, now: Date): Appointment[] {
  const today = todayIso(now);
  return all.filter((a) => a.date >= today && !cancelled(a.id)).sort(soonestFirst);
}

export class MemoryBranchServices implements BranchServices {
  readonly branches = SANDBOX_BRANCHES;
  private readonly counters = new Map<string, number>();
  /** Per branch, service and day: how many tickets the counter has called. */
  private readonly called = new Map<string, number>();
  private readonly tickets = new Map<string, QueueTicket>();
  /** Per customer, in booking order. */
  private readonly appointments = new Map<string, Appointment[]>();
  /** Appointment id -> when it was cancelled. */
  private readonly cancelled = new Map<string, number>();

  constructor(private readonly audit: AuditLog) {}

  async bookAppointment(req: Omit<Appointment, 'id' | 'createdAt'>, now = new Date()): Promise<Appointment> {
    const appt: Appointment = { ...req, id: `ap-${randomUUID().slice(0, 8)}`, createdAt: now.getTime() };
    this.appointments.set(req.customerId, [...(this.appointments.get(req.customerId) ?? []), appt]);
    await this.audit.append(appointmentAudit(appt));
    return appt;
  }

  async appointmentsOf(customerId: string, now = new Date()): Promise<Appointment[]> {
    const own = (this.appointments.get(customerId) ?? []).map((a) => ({ ...a }));
    return upcoming(own, (id) => this.cancelled.has(id), now);
  }

  async cancelAppointment(
    customerId: string,
    appointmentId: string,
    now = new Date(),
  ): Promise<CancelAppointmentResult> {
    const appt = (this.appointments.get(customerId) ?? []).find((a) => a.id === appointmentId);
    if (!appt) return { status: 'not_found' };
    if (this.cancelled.has(appt.id)) return { status: 'already_cancelled', appointment: { ...appt } };
    if (appt.date < todayIso(now)) return { status: 'past', appointment: { ...appt } };
    this.cancelled.set(appt.id, now.getTime());
    await this.audit.append(cancelAudit(appt, now));
    return { status: 'cancelled', appointment: { ...appt } };
  }

  async takeTicket(branchId: string, service: QueueService, now = new Date()): Promise<QueueTicket> {
    const key = queueDay(branchId, service, now);
    const n = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, n);
    const t = ticketFrom(branchId, service, n, now.getTime());
    this.tickets.set(t.id, t);
    return t;
  }

  async ticket(id: string): Promise<QueueTicket | null> {
    return this.tickets.get(id) ?? null;
  }

  async ticketStatus(id: string): Promise<TicketStatus | null> {
    const t = this.tickets.get(id);
    if (!t) return null;
    return statusOf(t, this.called.get(queueDay(t.branchId, t.service, new Date(t.issuedAt))) ?? 0);
  }

  async callNext(branchId: string, service: QueueService, now = new Date()): Promise<string | null> {
    const key = queueDay(branchId, service, now);
    const called = this.called.get(key) ?? 0;
    if (called >= (this.counters.get(key) ?? 0)) return null;
    this.called.set(key, called + 1);
    return `${QUEUE_SERVICES[service].prefix}${String(called + 1).padStart(3, '0')}`;
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
    await this.redis.rpush(this.appointmentsKey(req.customerId), JSON.stringify(appt));
    await this.audit.append(appointmentAudit(appt));
    return appt;
  }

  async appointmentsOf(customerId: string, now = new Date()): Promise<Appointment[]> {
    const [all, cancelled] = await Promise.all([
      this.allAppointments(customerId),
      this.redis.hkeys(this.cancelledKey(customerId)),
    ]);
    const gone = new Set(cancelled);
    return upcoming(all, (id) => gone.has(id), now);
  }

  async cancelAppointment(
    customerId: string,
    appointmentId: string,
    now = new Date(),
  ): Promise<CancelAppointmentResult> {
    // The lists are per customer, so another customer's appointment is simply not there.
    const appt = (await this.allAppointments(customerId)).find((a) => a.id === appointmentId);
    if (!appt) return { status: 'not_found' };
    const key = this.cancelledKey(customerId);
    if (await this.redis.hexists(key, appt.id)) return { status: 'already_cancelled', appointment: appt };
    if (appt.date < todayIso(now)) return { status: 'past', appointment: appt };
    // HSETNX decides between two cancels racing (two tabs, a retry): one cancels and audits, one was late.
    if ((await this.redis.hsetnx(key, appt.id, String(now.getTime()))) === 0)
      return { status: 'already_cancelled', appointment: appt };
    await this.audit.append(cancelAudit(appt, now));
    return { status: 'cancelled', appointment: appt };
  }

  private appointmentsKey(customerId: string): string {
    return `${this.base}cust:${customerId}:appointments`;
  }

  private cancelledKey(customerId: string): string {
    return `${this.base}cust:${customerId}:appointments:cancelled`;
  }

  private async allAppointments(customerId: string): Promise<Appointment[]> {
    const rows = await this.redis.lrange(this.appointmentsKey(customerId), 0, -1);
    return rows.map((r) => JSON.parse(r) as Appointment);
  }

  async takeTicket(branchId: string, service: QueueService, now = new Date()): Promise<QueueTicket> {
    const counter = `${this.base}queue:${queueDay(branchId, service, now)}`;
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

  async ticketStatus(id: string): Promise<TicketStatus | null> {
    const t = await this.ticket(id);
    if (!t) return null;
    const day = queueDay(t.branchId, t.service, new Date(t.issuedAt));
    return statusOf(t, Number((await this.redis.get(`${this.base}queue:${day}:called`)) ?? 0));
  }

  async callNext(branchId: string, service: QueueService, now = new Date()): Promise<string | null> {
    const issued = `${this.base}queue:${queueDay(branchId, service, now)}`;
    // One script: two counters calling at once never call past the last ticket issued.
    const n = (await this.redis.eval(
      CALL_NEXT,
      2,
      issued,
      `${issued}:called`,
      String(TICKET_TTL_SEC * 2),
    )) as number;
    return n > 0 ? `${QUEUE_SERVICES[service].prefix}${String(n).padStart(3, '0')}` : null;
  }
}

/** KEYS: issued counter, called counter; ARGV: ttl. The number called, or 0 when nobody is waiting. */
const CALL_NEXT = `
local issued = tonumber(redis.call('GET', KEYS[1]) or '0')
local called = tonumber(redis.call('GET', KEYS[2]) or '0')
if called >= issued then return 0 end
local n = redis.call('INCR', KEYS[2])
redis.call('EXPIRE', KEYS[2], ARGV[1])
return n`;

function cancelAudit(a: Appointment, now: Date): Parameters<AuditLog['append']>[0] {
  return {
    type: 'appointment.cancelled',
    at: now.getTime(),
    actor: a.customerId,
    data: { appointment: a.id, branch: a.branchId, date: a.date, period: a.period },
  };
}

function appointmentAudit(a: Appointment): Parameters<AuditLog['append']>[0] {
  return {
    type: 'appointment.booked',
    at: a.createdAt,
    actor: a.customerId,
    data: { appointment: a.id, branch: a.branchId, date: a.date, period: a.period },
  };
}
