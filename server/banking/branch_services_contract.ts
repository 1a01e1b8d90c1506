/**
 * The behaviour every branch-services store must have, run against Redis and memory: a booked appointment is
 * listed (today or later, soonest first; past days and cancelled ones are not), only its own customer can
 * cancel it, a second cancel or an unknown id gives a typed answer and changes nothing, and every booking
 * and cancellation has its audit entry. Queue tickets are numbered per branch, service and day; the people
 * ahead of one go down as the counter calls numbers, and a called ticket says so.
 */
import { describe, expect, it } from 'vitest';
import type { AuditLog } from './audit_log.ts';
import type { BranchServices } from './branch_services.ts';

export interface BranchServicesUnderTest {
  branches: BranchServices;
  audit: AuditLog;
}

/** 2026-12-03 10:00 in Shanghai. */
const NOW = new Date('2026-12-03T02:00:00Z');
const book = (s: BranchServices, customerId: string, date: string, period: 'am' | 'pm', at = NOW) =>
  s.bookAppointment({ customerId, branchId: 'b1', date, period }, at);

export function branchServicesContract(name: string, make: () => Promise<BranchServicesUnderTest>): void {
  describe(`${name}: branch appointments`, () => {
    it('lists the customer’s appointments from today on, soonest first, and nobody else’s', async () => {
      const { branches: s } = await make();
      const yesterday = new Date('2026-11-20T02:00:00Z');
      const past = await book(s, 'c1001', '2026-12-02', 'am', yesterday);
      const later = await book(s, 'c1001', '2026-12-10', 'am');
      const todayPm = await book(s, 'c1001', '2026-12-03', 'pm');
      const todayAm = await book(s, 'c1001', '2026-12-03', 'am');
      const other = await book(s, 'c1002', '2026-12-04', 'am');
      const mine = await s.appointmentsOf('c1001', NOW);
      expect(mine.map((a) => a.id)).toEqual([todayAm.id, todayPm.id, later.id]);
      expect(mine).not.toContainEqual(past);
      expect(mine[0]).toEqual(todayAm);
      expect((await s.appointmentsOf('c1002', NOW)).map((a) => a.id)).toEqual([other.id]);
      expect(await s.appointmentsOf('c1003', NOW)).toEqual([]);
    });

    it('cancels an own appointment once; a second cancel says it already was', async () => {
      const { branches: s, audit } = await make();
      const keep = await book(s, 'c1001', '2026-12-05', 'am');
      const drop = await book(s, 'c1001', '2026-12-06', 'pm');
      expect(await s.cancelAppointment('c1001', drop.id, NOW)).toEqual({
        status: 'cancelled',
        appointment: drop,
      });
      expect(await s.cancelAppointment('c1001', drop.id, NOW)).toEqual({
        status: 'already_cancelled',
        appointment: drop,
      });
      expect((await s.appointmentsOf('c1001', NOW)).map((a) => a.id)).toEqual([keep.id]);
      const cancels = (await audit.recent(20)).filter((e) => e.type === 'appointment.cancelled');
      expect(cancels).toHaveLength(1);
      expect(cancels[0]).toMatchObject({
        actor: 'c1001',
        at: NOW.getTime(),
        data: { appointment: drop.id, branch: 'b1', date: '2026-12-06', period: 'pm' },
      });
    });

    it('two cancels racing: one cancels, the other is told it already was, one audit entry', async () => {
      const { branches: s, audit } = await make();
      const appt = await book(s, 'c1001', '2026-12-07', 'am');
      const results = await Promise.all([
        s.cancelAppointment('c1001', appt.id, NOW),
        s.cancelAppointment('c1001', appt.id, NOW),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(['already_cancelled', 'cancelled']);
      const cancels = (await audit.recent(20)).filter(
        (e) => e.type === 'appointment.cancelled' && e.data.appointment === appt.id,
      );
      expect(cancels).toHaveLength(1);
    });

    it('never cancels another customer’s appointment, and an unknown id is not found', async () => {
      const { branches: s, audit } = await make();
      const theirs = await book(s, 'c1002', '2026-12-08', 'am');
      expect(await s.cancelAppointment('c1001', theirs.id, NOW)).toEqual({ status: 'not_found' });
      expect(await s.cancelAppointment('c1001', 'ap-00000000', NOW)).toEqual({ status: 'not_found' });
      expect(await s.cancelAppointment('c1001', '', NOW)).toEqual({ status: 'not_found' });
      expect((await s.appointmentsOf('c1002', NOW)).map((a) => a.id)).toEqual([theirs.id]);
      const cancels = (await audit.recent(20)).filter((e) => e.type === 'appointment.cancelled');
      expect(cancels).toEqual([]);
    });

    it('an appointment whose day is over is not cancelled', async () => {
      const { branches: s, audit } = await make();
      const appt = await book(s, 'c1001', '2026-12-02', 'pm', new Date('2026-11-30T02:00:00Z'));
      expect(await s.cancelAppointment('c1001', appt.id, NOW)).toEqual({ status: 'past', appointment: appt });
      expect((await audit.recent(20)).filter((e) => e.type === 'appointment.cancelled')).toEqual([]);
    });

    it('tells where a queue ticket stands as numbers are called', async () => {
      const { branches: s } = await make();
      // A branch no other test takes tickets at.
      const first = await s.takeTicket('bq', 'personal', NOW);
      const mine = await s.takeTicket('bq', 'personal', NOW);
      const business = await s.takeTicket('bq', 'corporate', NOW);
      expect([first.number, mine.number, business.number]).toEqual(['A001', 'A002', 'B001']);
      expect(await s.ticketStatus(mine.id)).toEqual({
        ticket: mine,
        ahead: 1,
        called: false,
        waitMinutes: 5,
      });
      expect(await s.callNext('bq', 'personal', NOW)).toBe('A001');
      expect(await s.ticketStatus(mine.id)).toMatchObject({ ahead: 0, called: false, waitMinutes: 0 });
      expect(await s.callNext('bq', 'personal', NOW)).toBe('A002');
      expect(await s.ticketStatus(mine.id)).toMatchObject({ ahead: 0, called: true });
      // Nobody else waits: nothing is called, and the business queue was not touched.
      expect(await s.callNext('bq', 'personal', NOW)).toBeNull();
      expect(await s.ticketStatus(business.id)).toMatchObject({ ahead: 0, called: false });
      expect(await s.ticketStatus('0000000000000000')).toBeNull();
    });

    it('audits every booking', async () => {
      const { branches: s, audit } = await make();
      const appt = await book(s, 'c1001', '2026-12-09', 'am');
      const booked = (await audit.recent(20)).find(
        (e) => e.type === 'appointment.booked' && e.data.appointment === appt.id,
      );
      expect(booked).toMatchObject({
        actor: 'c1001',
        data: { branch: 'b1', date: '2026-12-09', period: 'am' },
      });
    });
  });
}
