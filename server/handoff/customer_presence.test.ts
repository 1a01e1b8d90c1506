/**
 * Whether a waiting customer is still there: online while any of their connections is open (two tabs, or a
 * resume on another node before the old socket's close is seen), offline from the moment the last one closed,
 * or from the last heartbeat of connections a dead node can no longer close; online again when one reconnects.
 */
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryCustomerPresence, RedisCustomerPresence, type CustomerPresence } from './customer_presence.ts';
import { REDIS_TEST_URL, deleteKeys, redisAvailable, testPrefix } from '../test/support/harness.ts';

const STALE_MS = 60_000;
const T0 = 1_700_000_000_000;

function contract(name: string, make: () => CustomerPresence): void {
  describe(`${name} customer presence`, () => {
    it('is offline only when the last connection closes, and online again on a reconnect', async () => {
      const p = make();
      const s = `s-${Math.random()}`;
      await p.connected(s, 'tab-1', T0);
      await p.connected(s, 'tab-2', T0);
      expect(await p.disconnected(s, 'tab-1', T0 + 1000)).toBe(false);
      expect(await p.offlineSince([s], T0 + 1000)).toEqual(new Map());
      expect(await p.disconnected(s, 'tab-2', T0 + 2000)).toBe(true);
      expect(await p.offlineSince([s], T0 + 3000)).toEqual(new Map([[s, T0 + 2000]]));
      await p.connected(s, 'resumed', T0 + 4000);
      expect(await p.offlineSince([s], T0 + 4000)).toEqual(new Map());
    });

    it('counts a resume seen before the old connection closes as online', async () => {
      const p = make();
      const s = `s-${Math.random()}`;
      await p.connected(s, 'old', T0);
      await p.connected(s, 'new-node', T0 + 10);
      expect(await p.disconnected(s, 'old', T0 + 20)).toBe(false);
      expect((await p.offlineSince([s], T0 + 30)).has(s)).toBe(false);
    });

    it('takes connections not heard from for the stale period as gone (their node died)', async () => {
      const p = make();
      const s = `s-${Math.random()}`;
      await p.connected(s, 'c', T0);
      expect((await p.offlineSince([s], T0 + STALE_MS - 1)).has(s)).toBe(false);
      expect(await p.offlineSince([s], T0 + STALE_MS + 1)).toEqual(new Map([[s, T0]]));
      await p.seen(s, T0 + STALE_MS + 5);
      expect((await p.offlineSince([s], T0 + STALE_MS + 10)).has(s)).toBe(false);
    });

    it('knows nothing against a session it never saw', async () => {
      const p = make();
      await p.seen('never', T0);
      expect(await p.offlineSince(['never'], T0)).toEqual(new Map());
    });
  });
}

contract('memory', () => new MemoryCustomerPresence(STALE_MS));

const available = await redisAvailable();
describe.runIf(available)('in Redis', () => {
  const prefix = testPrefix();
  const redis = new Redis(REDIS_TEST_URL);
  afterAll(async () => {
    await redis.quit();
    await deleteKeys(prefix);
  });
  contract('redis', () => new RedisCustomerPresence(redis, prefix, STALE_MS, 3600));
});
