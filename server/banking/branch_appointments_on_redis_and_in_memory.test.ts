import { Redis } from 'ioredis';
import { afterAll } from 'vitest';
import { deleteKeys, REDIS_TEST_URL, redisAvailable, testPrefix } from '../test/support/harness.ts';
import { MemoryAuditLog, RedisAuditLog } from './audit_log.ts';
import { MemoryBranchServices, RedisBranchServices } from './branch_services.ts';
import { branchServicesContract } from './branch_services_contract.ts';

branchServicesContract('memory', async () => {
  const audit = new MemoryAuditLog();
  return { branches: new MemoryBranchServices(audit), audit };
});

if (await redisAvailable()) {
  const redis = new Redis(REDIS_TEST_URL);
  const prefixes: string[] = [];
  afterAll(async () => {
    for (const p of prefixes) await deleteKeys(p);
    await redis.quit();
  });
  branchServicesContract('redis', async () => {
    const prefix = testPrefix();
    prefixes.push(prefix);
    const audit = new RedisAuditLog(redis, `${prefix}audit`);
    return { branches: new RedisBranchServices(redis, prefix, audit), audit };
  });
}
