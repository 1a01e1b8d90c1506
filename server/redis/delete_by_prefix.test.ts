import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { REDIS_TEST_URL, redisAvailable, testPrefix } from '../test/support/harness.ts';
import { deleteByPrefix } from './delete_by_prefix.ts';

const available = await redisAvailable();

describe.runIf(available)('deleteByPrefix', () => {
  const redis = new Redis(REDIS_TEST_URL);
  const mine = testPrefix();
  const other = testPrefix();
  afterAll(async () => {
    await deleteByPrefix(redis, other);
    await redis.quit();
  });

  it('removes every key under the prefix, over several SCAN pages, and nothing else', async () => {
    const pipeline = redis.pipeline();
    for (let i = 0; i < 2500; i++) pipeline.set(`${mine}k${i}`, '1');
    pipeline.set(`${other}keep`, '1');
    await pipeline.exec();
    expect(await deleteByPrefix(redis, mine)).toBe(2500);
    expect(await redis.exists(`${mine}k0`, `${mine}k2499`)).toBe(0);
    expect(await redis.get(`${other}keep`)).toBe('1');
  });
});
