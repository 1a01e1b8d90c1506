import { Redis } from 'ioredis';
import { afterAll } from 'vitest';
import { deleteKeys, REDIS_TEST_URL, redisAvailable, testPrefix } from '../test/support/harness.ts';
import { coreBankingContract } from './core_banking_contract.ts';
import { MemoryCoreBanking } from './memory_core_banking.ts';
import { RedisCoreBanking } from './redis_core_banking.ts';

coreBankingContract('memory', async () => {
  const core = new MemoryCoreBanking();
  return { core, audit: core.audit, balances: () => core.allBalances() };
});

if (await redisAvailable()) {
  const redis = new Redis(REDIS_TEST_URL);
  const prefixes: string[] = [];
  afterAll(async () => {
    for (const p of prefixes) await deleteKeys(p);
    await redis.quit();
  });
  coreBankingContract('redis', async () => {
    const prefix = testPrefix();
    prefixes.push(prefix);
    const core = new RedisCoreBanking(redis, prefix);
    await core.seed();
    return { core, audit: core.audit, balances: () => core.allBalances() };
  });
}
