import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { REDIS_TEST_URL, deleteKeys, redisAvailable, testPrefix } from '../test/support/harness.ts';
import { RedisSessionStore } from './redis_session_store.ts';
import { monitorRedis } from '../redis/testing/redis_monitor.ts';
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

    it('keeps saving turns after Redis forgets its scripts, sending each save by script hash', async () => {
      // The server's client pipelines commands issued in the same tick; the save script's source must not
      // go with every save.
      const redis = new Redis(REDIS_TEST_URL, { enableAutoPipelining: true });
      const store = new RedisSessionStore(redis, { prefix, ttlSec: 60, maxTranscriptLines: 10 });
      const sessions = Array.from({ length: 5 }, () => record().record);
      const keys = new Set(sessions.map((r) => `${prefix}sess:${r.id}`));
      let round = 0;
      const sent: Array<{ round: number; command: string }> = [];
      const monitor = await monitorRedis(REDIS_TEST_URL, (args) => {
        const command = String(args[0]).toLowerCase();
        if (command.startsWith('eval') && args.some((a) => keys.has(a))) sent.push({ round, command });
      });
      const line = (i: number) => ({ id: `t${i}`, role: 'customer' as const, text: `turn ${i}`, at: i });
      const saveAll = async (i: number): Promise<void> => {
        round = i;
        await Promise.all(sessions.map((r) => store.saveTurn({ ...r, turnCount: i }, [line(i)])));
        await new Promise((res) => setTimeout(res, 50)); // let the monitor catch up
      };
      for (let i = 1; i <= 3; i++) await saveAll(i);
      await redis.script('FLUSH'); // as after a Redis restart
      for (let i = 4; i <= 5; i++) await saveAll(i);
      monitor.close();

      for (const r of sessions) {
        expect((await store.get(r.id))?.turnCount).toBe(5);
        expect((await store.transcript(r.id)).map((e) => e.text)).toEqual(
          [1, 2, 3, 4, 5].map((i) => `turn ${i}`),
        );
      }
      // Rounds where Redis already had the script send its hash only (EVALSHA), one per save.
      for (const i of [2, 3, 5]) {
        expect(sent.filter((s) => s.round === i).map((s) => s.command)).toEqual(Array(5).fill('evalsha'));
      }
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
