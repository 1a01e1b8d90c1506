/**
 * Deletes every key under a prefix (a test's or a benchmark run's namespace), a page at a time with SCAN, so a
 * large keyspace never blocks Redis the way KEYS would. Returns how many keys were removed.
 */
import type { Redis } from 'ioredis';

export async function deleteByPrefix(redis: Redis, prefix: string): Promise<number> {
  let removed = 0;
  for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 1000 }) as AsyncIterable<string[]>)
    if (keys.length > 0) removed += await redis.unlink(...keys);
  return removed;
}
