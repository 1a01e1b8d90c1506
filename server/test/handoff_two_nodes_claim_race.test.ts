import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisHandoffQueue } from '../handoff/redis_handoff_queue.ts';
import { MemoryHandoffQueue } from '../handoff/memory_handoff_queue.ts';
import type { HandoffQueue, NewTicket } from '../handoff/handoff_queue.ts';
import { REDIS_TEST_URL, deleteKeys, redisAvailable, testPrefix } from './support/harness.ts';

const available = await redisAvailable();
const ROUNDS = 1000;
const BATCH = 100;

function ticket(i: number): NewTicket {
  return {
    sessionId: `race-${i}`,
    reason: 'asked_for_human',
    locale: i % 2 === 0 ? 'zh-CN' : 'en',
    channel: 'app',
    verified: false,
    enqueuedAt: 1_700_000_000_000 + i,
    sentiment: 0,
    schemes: [],
    because: ['phrase'],
  };
}

/** Two claimers race for every ticket; returns how many rounds had exactly one winner. */
async function race(
  a: HandoffQueue,
  b: HandoffQueue,
): Promise<{ single: number; winners: Record<string, number> }> {
  let single = 0;
  const winners: Record<string, number> = { a: 0, b: 0 };
  for (let start = 0; start < ROUNDS; start += BATCH) {
    const ids = Array.from({ length: Math.min(BATCH, ROUNDS - start) }, (_, k) => `race-${start + k}`);
    const results = await Promise.all(
      ids.map((id, k) =>
        // Alternate who fires first so neither side is always ahead in the pipeline.
        (k % 2 === 0
          ? Promise.all([
              a.claim(id, { id: 'agent-a', name: 'A' }),
              b.claim(id, { id: 'agent-b', name: 'B' }),
            ])
          : Promise.all([
              b.claim(id, { id: 'agent-b', name: 'B' }),
              a.claim(id, { id: 'agent-a', name: 'A' }),
            ]).then(([rb, ra]) => [ra, rb] as const)
        ).then(([ra, rb]) => ({ ra, rb })),
      ),
    );
    for (const { ra, rb } of results) {
      if (ra.ok !== rb.ok) single++;
      if (ra.ok) winners['a']!++;
      if (rb.ok) winners['b']!++;
      const loser = ra.ok ? rb : ra;
      if (!loser.ok) expect(loser.code).toBe('taken');
    }
  }
  return { single, winners };
}

describe.runIf(available)('two nodes claiming the same conversations at the same moment (Redis)', () => {
  const prefix = testPrefix();
  let redisA: Redis;
  let redisB: Redis;

  beforeAll(() => {
    redisA = new Redis(REDIS_TEST_URL);
    redisB = new Redis(REDIS_TEST_URL);
  });
  afterAll(async () => {
    await redisA.quit();
    await redisB.quit();
    await deleteKeys(prefix);
  });

  it(`gives each of ${ROUNDS} conversations to exactly one agent`, async () => {
    const nodeA = new RedisHandoffQueue(redisA, prefix, 3600);
    const nodeB = new RedisHandoffQueue(redisB, prefix, 3600);
    for (let start = 0; start < ROUNDS; start += BATCH)
      await Promise.all(
        Array.from({ length: BATCH }, (_, k) => (k % 2 === 0 ? nodeA : nodeB).enqueue(ticket(start + k))),
      );
    expect((await nodeA.queued('zh-CN')).length + (await nodeB.queued('en')).length).toBe(ROUNDS);

    const { single, winners } = await race(nodeA, nodeB);
    expect(single).toBe(ROUNDS);
    expect(winners['a']! + winners['b']!).toBe(ROUNDS);
    // Both nodes won some: the race was real, not serialised by one side.
    expect(winners['a']).toBeGreaterThan(0);
    expect(winners['b']).toBeGreaterThan(0);
    // Nothing is left queued, and every ticket names its single winner.
    expect(await nodeA.queued('zh-CN')).toEqual([]);
    expect(await nodeB.queued('en')).toEqual([]);
    const sample = await nodeB.get('race-500');
    expect(sample?.state).toBe('with_agent');
    expect(['agent-a', 'agent-b']).toContain(sample?.agentId);
  });
});

describe('claiming the same conversation twice in one process (memory queue)', () => {
  it(`gives each of ${ROUNDS} conversations to exactly one agent`, async () => {
    const q = new MemoryHandoffQueue();
    for (let i = 0; i < ROUNDS; i++) await q.enqueue(ticket(i));
    const { single } = await race(q, q);
    expect(single).toBe(ROUNDS);
  });
});
