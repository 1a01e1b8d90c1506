/**
 * The behaviour every HandoffQueue must have; run against the memory and the Redis implementations.
 */
import { describe, expect, it } from 'vitest';
import type { HandoffQueue, NewTicket } from './handoff_queue.ts';
import type { HandoffReason } from '../nlu/intent_catalog_schema.ts';

let seq = 0;
export function newTicket(reason: HandoffReason, over: Partial<NewTicket> = {}): NewTicket {
  seq++;
  return {
    sessionId: `s-${Date.now()}-${seq}`,
    reason,
    locale: 'zh-CN',
    channel: 'app',
    verified: false,
    enqueuedAt: 1_700_000_000_000 + seq * 1000,
    sentiment: -0.5,
    schemes: [],
    because: ['test'],
    ...over,
  };
}

export function handoffQueueContract(name: string, make: () => HandoffQueue | Promise<HandoffQueue>): void {
  describe(`${name} handoff queue`, () => {
    it('orders fraud first, then by wait with a head start for complaints', async () => {
      const q = await make();
      const t0 = 1_700_000_000_000;
      const asked = newTicket('asked_for_human', { enqueuedAt: t0 });
      const complaint = newTicket('complaint', { enqueuedAt: t0 + 60_000 });
      const late = newTicket('asked_for_human', { enqueuedAt: t0 + 30_000 });
      const fraud = newTicket('fraud_risk', { enqueuedAt: t0 + 600_000, schemes: ['safe_account'] });
      for (const t of [asked, complaint, late, fraud]) expect((await q.enqueue(t)).outcome).toBe('created');
      // complaint arrived 60 s after `asked` but has a 120 s head start.
      expect(await q.queued('zh-CN')).toEqual([
        fraud.sessionId,
        complaint.sessionId,
        asked.sessionId,
        late.sessionId,
      ]);
      const list = await q.list();
      expect(list[0]).toMatchObject({
        sessionId: fraud.sessionId,
        reason: 'fraud_risk',
        schemes: ['safe_account'],
      });
    });

    it("tells each waiting customer their place, as the queue's order has it", async () => {
      const q = await make();
      const t0 = 1_700_000_000_000;
      const tickets = [
        newTicket('asked_for_human', { enqueuedAt: t0 }),
        newTicket('negative_sentiment', { enqueuedAt: t0 + 1_000 }),
        newTicket('complaint', { enqueuedAt: t0 + 2_000 }),
        newTicket('asked_for_human', { enqueuedAt: t0 + 3_000, locale: 'en' }),
        newTicket('fraud_risk', { enqueuedAt: t0 + 4_000, schemes: ['safe_account'] }),
      ];
      for (const t of tickets) await q.enqueue(t);
      const order = await q.queued('zh-CN');
      expect(order).toHaveLength(4);
      for (const [i, id] of order.entries()) expect(await q.position(id, 'zh-CN')).toBe(i + 1);
      expect(await q.position(tickets[4]!.sessionId, 'zh-CN')).toBe(1); // fraud first
      expect(await q.position(tickets[3]!.sessionId, 'en')).toBe(1);
      expect(await q.position(tickets[3]!.sessionId, 'zh-CN')).toBeNull();
      expect(await q.position('nobody', 'zh-CN')).toBeNull();

      await q.claim(tickets[4]!.sessionId, { id: 'a1', name: 'Agent' });
      expect(await q.position(tickets[4]!.sessionId, 'zh-CN')).toBeNull();
      const after = await q.queued('zh-CN');
      for (const [i, id] of after.entries()) expect(await q.position(id, 'zh-CN')).toBe(i + 1);
    });

    it('remembers the status last told to a customer, and makes no ticket for one that is gone', async () => {
      const q = await make();
      const t = newTicket('asked_for_human');
      await q.enqueue(t);
      expect((await q.get(t.sessionId))?.told).toBeUndefined();
      await q.markTold([
        { sessionId: t.sessionId, told: 'asked_for_human:1:120' },
        { sessionId: 'gone-already', told: 'asked_for_human:2:240' },
      ]);
      expect((await q.get(t.sessionId))?.told).toBe('asked_for_human:1:120');
      expect(await q.get('gone-already')).toBeNull();
      expect((await q.list()).map((x) => x.sessionId)).not.toContain('gone-already');
    });

    it('keeps languages in separate queues', async () => {
      const q = await make();
      const zh = newTicket('asked_for_human', { locale: 'zh-CN' });
      const en = newTicket('asked_for_human', { locale: 'en' });
      await q.enqueue(zh);
      await q.enqueue(en);
      expect(await q.queued('en')).toContain(en.sessionId);
      expect(await q.queued('en')).not.toContain(zh.sessionId);
    });

    it('moves a waiting customer to the other language queue with their wait kept, never one an agent holds', async () => {
      const q = await make();
      const t0 = 1_700_000_000_000;
      const early = newTicket('asked_for_human', { locale: 'zh-CN', enqueuedAt: t0 });
      const zhLater = newTicket('asked_for_human', { locale: 'zh-CN', enqueuedAt: t0 + 2_000 });
      const enMiddle = newTicket('asked_for_human', { locale: 'en', enqueuedAt: t0 + 1_000 });
      for (const t of [early, zhLater, enMiddle]) await q.enqueue(t);
      await q.markTold([{ sessionId: early.sessionId, told: 'asked_for_human:1:60' }]);

      const moved = await q.changeLanguage(early.sessionId, 'en');
      expect(moved).toMatchObject({ locale: 'en', state: 'queued', enqueuedAt: t0 });
      expect(moved?.told).toBeUndefined(); // its place changed: the customer is told again
      expect(await q.queued('en')).toEqual([early.sessionId, enMiddle.sessionId]);
      expect(await q.queued('zh-CN')).toEqual([zhLater.sessionId]);
      expect(await q.position(early.sessionId, 'en')).toBe(1);
      expect(await q.position(zhLater.sessionId, 'zh-CN')).toBe(1);

      expect((await q.claim(zhLater.sessionId, { id: 'a1', name: 'A' })).ok).toBe(true);
      expect(await q.changeLanguage(zhLater.sessionId, 'en')).toBeNull();
      expect(await q.get(zhLater.sessionId)).toMatchObject({ locale: 'zh-CN', state: 'with_agent' });
      expect(await q.changeLanguage('never-queued', 'en')).toBeNull();
    });

    it('is idempotent per session and upgrades to fraud at the front', async () => {
      const q = await make();
      const first = newTicket('asked_for_human');
      const second = newTicket('asked_for_human');
      await q.enqueue(first);
      await q.enqueue(second);
      expect((await q.enqueue({ ...second, reason: 'complaint' })).outcome).toBe('exists');
      const up = await q.enqueue({ ...second, reason: 'fraud_risk', schemes: ['code_request'] });
      expect(up.outcome).toBe('upgraded');
      expect(up.ticket.reason).toBe('fraud_risk');
      const order = await q.queued('zh-CN');
      expect(order.indexOf(second.sessionId)).toBeLessThan(order.indexOf(first.sessionId));
    });

    it('lets exactly one agent claim, and only that agent end it', async () => {
      const q = await make();
      const t = newTicket('complaint');
      await q.enqueue(t);
      const a = await q.claim(t.sessionId, { id: 'a', name: 'A' }, 123);
      expect(a).toMatchObject({
        ok: true,
        ticket: { state: 'with_agent', agentId: 'a', agentName: 'A', claimedAt: 123 },
      });
      expect(await q.claim(t.sessionId, { id: 'b', name: 'B' })).toMatchObject({ ok: false, code: 'taken' });
      expect(await q.queued('zh-CN')).not.toContain(t.sessionId);
      expect(await q.end(t.sessionId, 'b')).toEqual({ ok: false, code: 'not_yours' });
      const ended = await q.end(t.sessionId, 'a');
      expect(ended).toMatchObject({ ok: true, ticket: { sessionId: t.sessionId } });
      expect(await q.get(t.sessionId)).toBeNull();
      expect(await q.end(t.sessionId)).toEqual({ ok: false, code: 'missing' });
      expect(await q.claim(t.sessionId, { id: 'a', name: 'A' })).toEqual({ ok: false, code: 'missing' });
    });

    it('lets anyone without an agent id end a ticket (customer cancel)', async () => {
      const q = await make();
      const t = newTicket('asked_for_human');
      await q.enqueue(t);
      expect((await q.end(t.sessionId)).ok).toBe(true);
      expect(await q.list()).not.toContainEqual(expect.objectContaining({ sessionId: t.sessionId }));
    });

    it('ends a ticket only while it is queued when asked to (a customer gone), never one an agent holds', async () => {
      const q = await make();
      const waiting = newTicket('asked_for_human');
      const held = newTicket('complaint');
      await q.enqueue(waiting);
      await q.enqueue(held);
      await q.claim(held.sessionId, { id: 'a1', name: 'Agent' });
      expect(await q.endIfQueued(held.sessionId)).toEqual({ ok: false, code: 'not_yours' });
      expect((await q.get(held.sessionId))?.state).toBe('with_agent');
      expect(await q.endIfQueued(waiting.sessionId)).toMatchObject({ ok: true });
      expect(await q.get(waiting.sessionId)).toBeNull();
      expect(await q.queued('zh-CN')).not.toContain(waiting.sessionId);
      expect(await q.endIfQueued(waiting.sessionId)).toEqual({ ok: false, code: 'missing' });
    });

    it('puts a callback in place of a queued ticket, once, and never over an agent', async () => {
      const q = await make();
      const before = (await q.stats()).callbackRequests;
      const fraud = newTicket('fraud_risk', { schemes: ['safe_account'] });
      await q.enqueue(fraud);
      const request = { sessionId: fraud.sessionId, locale: 'zh-CN' as const, channel: 'app' as const };
      const res = await q.callbackInsteadOfQueue({
        ...request,
        verified: false,
        at: 1,
        reason: 'fraud_risk',
      });
      expect(res).toMatchObject({
        ok: true,
        left: { sessionId: fraud.sessionId, schemes: ['safe_account'] },
      });
      // Off the queue and off the list: no agent will also take it up.
      expect(await q.get(fraud.sessionId)).toBeNull();
      expect(await q.queued('zh-CN')).not.toContain(fraud.sessionId);
      expect(await q.list()).not.toContainEqual(expect.objectContaining({ sessionId: fraud.sessionId }));
      expect((await q.stats()).callbackRequests).toBe(before + 1);

      // Not queued at all: just the callback.
      const none = await q.callbackInsteadOfQueue({ ...request, sessionId: 'nobody', verified: true, at: 2 });
      expect(none).toEqual({ ok: true, left: null });
      expect((await q.stats()).callbackRequests).toBe(before + 2);

      // With an agent: they are in contact already; nothing is registered and the chat goes on.
      const held = newTicket('asked_for_human');
      await q.enqueue(held);
      await q.claim(held.sessionId, { id: 'a', name: 'A' });
      expect(
        await q.callbackInsteadOfQueue({ ...request, sessionId: held.sessionId, verified: true, at: 3 }),
      ).toEqual({ ok: false, code: 'with_agent' });
      expect((await q.get(held.sessionId))?.state).toBe('with_agent');
      expect((await q.stats()).callbackRequests).toBe(before + 2);
    });

    it('counts handoffs by reason, dispositions and callbacks', async () => {
      const q = await make();
      const before = await q.stats();
      await q.enqueue(newTicket('negative_sentiment'));
      await q.recordDisposition('resolved');
      await q.addCallback({ sessionId: 'x', locale: 'en', channel: 'app', verified: false, at: 1 });
      const after = await q.stats();
      expect(after.handoffsByReason['negative_sentiment']).toBe(
        (before.handoffsByReason['negative_sentiment'] ?? 0) + 1,
      );
      expect(after.dispositions['resolved']).toBe((before.dispositions['resolved'] ?? 0) + 1);
      expect(after.callbackRequests).toBe(before.callbackRequests + 1);
    });
  });
}
