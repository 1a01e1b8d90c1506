import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { REDIS_TEST_URL, deleteKeys, redisAvailable, testPrefix } from '../test/support/harness.ts';
import { RedisSessionStore } from './redis_session_store.ts';
import { record, sessionStoreContract } from './session_store_contract.ts';

const available = await redisAvailable();
const prefix = testPrefix();
const clients: Redis[] = [];

if (available) {
  sessionStoreContract(
    'redis (real server)',
    async (opts) => {
      const redis = new Redis(REDIS_TEST_URL);
      clients.push(redis);
      return new RedisSessionStore(redis, { ...opts, prefix });
    },
    async () => {
      await deleteKeys(prefix);
      for (const c of clients) await c.quit();
    },
  );

  describe('RedisSessionStore with a corrupt or unreachable Redis', () => {
    it('treats a corrupt record as missing instead of crashing', async () => {
      const redis = new Redis(REDIS_TEST_URL);
      const store = new RedisSessionStore(redis, { prefix, ttlSec: 60, maxTranscriptLines: 10 });
      const { record: r } = record();
      await redis.set(`${prefix}sess:${r.id}`, '{not json', 'EX', 60);
      expect(await store.get(r.id)).toBeNull();
      await redis.quit();
    });

    it('reports an unreachable Redis as a retryable E_STORE_UNAVAILABLE', async () => {
      const redis = new Redis('redis://127.0.0.1:1', {
        lazyConnect: true,
        maxRetriesPerRequest: 0,
        enableOfflineQueue: false,
        retryStrategy: () => null,
      });
      const store = new RedisSessionStore(redis, { prefix, ttlSec: 60, maxTranscriptLines: 10 });
      await expect(store.get('x')).rejects.toMatchObject({ code: 'E_STORE_UNAVAILABLE', retryable: true });
      redis.disconnect();
    });
  });
} else {
  describe.skip('RedisSessionStore: Redis not reachable at ' + REDIS_TEST_URL, () => {
    it('skipped', () => undefined);
  });
}
