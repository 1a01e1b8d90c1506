import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { REDIS_TEST_URL, deleteKeys, redisAvailable, testPrefix } from '../test/support/harness.ts';
import { handoffQueueContract, newTicket } from './handoff_queue_contract.ts';
import { RedisHandoffQueue } from './redis_handoff_queue.ts';

const available = await redisAvailable();

describe.runIf(available)('Redis-backed handoff queue', () => {
  const prefix = testPrefix();
  const redis = new Redis(REDIS_TEST_URL);
  afterAll(async () => {
    await redis.quit();
    await deleteKeys(prefix);
  });

  handoffQueueContract(
    'redis',
    () => new RedisHandoffQueue(redis, `${prefix}${Math.random().toString(36).slice(2)}:`, 3600),
  );

  it('drops expired tickets from the queue and the list', async () => {
    const p = `${prefix}ttl:`;
    const q = new RedisHandoffQueue(redis, p, 1);
    const t = newTicket('asked_for_human');
    await q.enqueue(t);
    await redis.del(`${p}ho:t:${t.sessionId}`); // as if its TTL had run out
    expect(await q.list()).toEqual([]);
    expect(await q.queued('zh-CN')).toEqual([]);
  });

  it('treats a ticket written by another node as its own (same prefix, new instance)', async () => {
    const p = `${prefix}shared:`;
    const t = newTicket('complaint');
    await new RedisHandoffQueue(redis, p, 3600).enqueue(t);
    const other = new RedisHandoffQueue(redis, p, 3600);
    expect((await other.get(t.sessionId))?.reason).toBe('complaint');
    expect((await other.claim(t.sessionId, { id: 'x', name: 'X' })).ok).toBe(true);
  });
});
