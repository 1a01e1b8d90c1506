import { describe, expect, it } from 'vitest';
import { MemoryPresenceStore } from '../agents/presence_store.ts';
import { silentLogger } from '../logger.ts';
import { MemorySessionStore } from '../session/memory_session_store.ts';
import { HandoffConfigSchema } from './handoff_config.ts';
import { HandoffService, type HandoffServiceDeps } from './handoff_service.ts';
import type { NewTicket } from './handoff_queue.ts';
import { MemoryCustomerPresence } from './customer_presence.ts';
import { MemoryHandoffQueue } from './memory_handoff_queue.ts';

interface Sent {
  room: string;
  event: string;
  payload: { position?: number; reason?: string; etaSec?: number };
}

/** A service over the memory queue whose socket rooms record what they are sent. */
function serviceWithOutbox(): {
  service: HandoffService;
  queue: MemoryHandoffQueue;
  sent: Sent[];
  presence: MemoryPresenceStore;
} {
  const sent: Sent[] = [];
  const rooms = {
    to: (room: string) => ({
      emit: (event: string, payload: Sent['payload']) => sent.push({ room, event, payload }),
    }),
  };
  const queue = new MemoryHandoffQueue();
  const presence = new MemoryPresenceStore(60);
  const service = new HandoffService({
    queue,
    presence,
    store: new MemorySessionStore({ ttlSec: 60, maxTranscriptLines: 50 }),
    customers: rooms as unknown as HandoffServiceDeps['customers'],
    agents: rooms as unknown as HandoffServiceDeps['agents'],
    knowledge: null,
    config: HandoffConfigSchema.parse({}),
    logger: silentLogger(),
    delivery: {} as HandoffServiceDeps['delivery'],
    customerPresence: new MemoryCustomerPresence(60_000),
    customerGoneMs: 1_800_000,
  });
  return { service, queue, sent, presence };
}

/** One Mandarin-speaking agent available (seen now). */
async function agentOnline(presence: MemoryPresenceStore): Promise<void> {
  await presence.set({
    agentId: 'agent1',
    displayName: 'Li',
    role: 'agent',
    locales: ['zh-CN'],
    status: 'available',
    nodeId: 'n1',
    connectionId: 'c1',
    seenAt: Date.now(),
  });
}

const t0 = 1_700_000_000_000;
function ticket(sessionId: string, reason: NewTicket['reason'], enqueuedAt: number): NewTicket {
  return {
    sessionId,
    reason,
    locale: 'zh-CN',
    channel: 'app',
    verified: false,
    enqueuedAt,
    sentiment: 0,
    schemes: reason === 'fraud_risk' ? ['safe_account'] : [],
    because: ['test'],
  };
}

/** The handoff.status events of one notification, by customer. */
function statuses(sent: Sent[]): Record<string, number | undefined> {
  const out: Record<string, number | undefined> = {};
  for (const s of sent)
    if (s.event === 'handoff.status') out[s.room.replace('session:', '')] = s.payload.position;
  return out;
}

describe('queue positions told to waiting customers', () => {
  it('tells each customer once, then only those whose place or reason changed', async () => {
    const { service, queue, sent, presence } = serviceWithOutbox();
    await agentOnline(presence);
    for (const [i, id] of ['a', 'b', 'c'].entries())
      await queue.enqueue(ticket(id, 'asked_for_human', t0 + i));
    await service.notifyNow();
    expect(statuses(sent)).toEqual({ a: 1, b: 2, c: 3 });

    sent.length = 0;
    await service.notifyNow();
    expect(statuses(sent)).toEqual({}); // nothing changed: nobody is told again

    sent.length = 0;
    await queue.enqueue(ticket('d', 'asked_for_human', t0 + 10)); // joins at the back
    await service.notifyNow();
    expect(statuses(sent)).toEqual({ d: 4 });
    expect(sent.filter((s) => s.event === 'queue.snapshot')).toHaveLength(1); // agents still see every change

    sent.length = 0;
    await queue.enqueue(ticket('e', 'fraud_risk', t0 + 20)); // goes to the front: everyone moves back
    await service.notifyNow();
    expect(statuses(sent)).toEqual({ e: 1, a: 2, b: 3, c: 4, d: 5 });

    sent.length = 0;
    await queue.claim('e', { id: 'agent1', name: 'Li' });
    await queue.enqueue(ticket('c', 'fraud_risk', t0 + 30)); // c upgraded to fraud: to the front
    await service.notifyNow();
    // e left for an agent and c went ahead: a and b keep places 2 and 3, d moves from 5 to 4.
    expect(statuses(sent)).toEqual({ c: 1, d: 4 });
    expect(sent.find((s) => s.room === 'session:c' && s.event === 'handoff.status')?.payload.reason).toBe(
      'fraud_risk',
    );
  });

  it('with nobody online, a waiting case is told that once, not a place; then its place when an agent comes', async () => {
    const { service, queue, sent, presence } = serviceWithOutbox();
    await queue.enqueue(ticket('v', 'fraud_risk', t0));
    await service.notifyNow();
    const told = sent.filter((s) => s.event === 'handoff.status');
    expect(told).toEqual([
      { room: 'session:v', event: 'handoff.status', payload: { state: 'unavailable', reason: 'fraud_risk' } },
    ]);
    sent.length = 0;
    await service.notifyNow();
    expect(statuses(sent)).toEqual({});
    await agentOnline(presence);
    await service.notifyNow();
    expect(statuses(sent)).toEqual({ v: 1 });
  });
});
