/**
 * 1,000 transfers fired at once between the sandbox accounts (some of them retries with an earlier key):
 * the total money in the bank is unchanged, no balance goes negative, every balance equals its opening
 * balance plus the completed transfers, retries moved nothing, and each completed transfer has exactly one
 * audit entry.
 */
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { deleteKeys, REDIS_TEST_URL, redisAvailable, testPrefix } from '../test/support/harness.ts';
import type { AuditLog } from './audit_log.ts';
import type { CoreBanking, PaymentResult, TransferRequest } from './core_banking.ts';
import { MemoryCoreBanking } from './memory_core_banking.ts';
import { RedisCoreBanking } from './redis_core_banking.ts';
import { SANDBOX_CUSTOMERS } from './sandbox_seed.ts';

const ACCOUNTS = SANDBOX_CUSTOMERS.flatMap((c) => c.accounts);
const N = 1000;

/** A small deterministic generator so a failure can be replayed. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

function requests(): TransferRequest[] {
  const rnd = lcg(20_240_601);
  const out: TransferRequest[] = [];
  for (let i = 0; i < N; i++) {
    if (i > 10 && rnd() < 0.1) {
      out.push(out[Math.floor(rnd() * out.length)]!); // a retry of an earlier request
      continue;
    }
    const from = ACCOUNTS[Math.floor(rnd() * ACCOUNTS.length)]!;
    let to = ACCOUNTS[Math.floor(rnd() * ACCOUNTS.length)]!;
    if (to.id === from.id) to = ACCOUNTS[(ACCOUNTS.indexOf(from) + 1) % ACCOUNTS.length]!;
    out.push({
      idempotencyKey: `load-key-${i}`,
      customerId: from.customerId,
      fromAccountId: from.id,
      toAccountNumber: to.number,
      toName: 'load',
      amount: 100 + Math.floor(rnd() * 300_000), // ¥1 .. ¥3,001
    });
  }
  return out;
}

async function run(
  core: CoreBanking,
  audit: AuditLog,
  balances: () => Promise<Map<string, number>>,
): Promise<void> {
  const opening = await balances();
  const total = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
  const reqs = requests();
  const results: PaymentResult[] = await Promise.all(reqs.map((r) => core.transfer(r)));
  const closing = await balances();

  expect(total(closing)).toBe(total(opening));
  for (const [id, b] of closing) expect(b, id).toBeGreaterThanOrEqual(0);

  // Replay the completed transfers, each key once, on the opening balances.
  const expected = new Map(opening);
  const seen = new Map<string, PaymentResult>();
  const byNumber = new Map(ACCOUNTS.map((a) => [a.number, a.id]));
  reqs.forEach((req, i) => {
    const result = results[i]!;
    const first = seen.get(req.idempotencyKey);
    if (first) {
      expect(result).toEqual(first); // a retry returns the first result
      return;
    }
    seen.set(req.idempotencyKey, result);
    if (result.status !== 'completed') return;
    const to = byNumber.get(req.toAccountNumber)!;
    expected.set(req.fromAccountId, expected.get(req.fromAccountId)! - req.amount);
    expected.set(to, expected.get(to)! + req.amount);
  });
  expect(closing).toEqual(expected);

  const completed = [...seen.values()].filter((r) => r.status === 'completed').length;
  const refused = [...seen.values()].filter((r) => r.status === 'rejected').length;
  expect(completed).toBeGreaterThan(100);
  expect(refused).toBeGreaterThan(0); // limits and balances did bite
  const entries = await audit.recent(5000);
  expect(entries.filter((e) => e.type === 'transfer.completed')).toHaveLength(completed);
  expect(entries.filter((e) => e.type === 'transfer.rejected')).toHaveLength(refused);
}

const available = await redisAvailable();

describe('1,000 concurrent transfers', () => {
  it('in memory keep the total and never go negative', async () => {
    const core = new MemoryCoreBanking();
    await run(core, core.audit, () => core.allBalances());
  });

  describe.skipIf(!available)('on Redis', () => {
    const prefix = testPrefix();
    const redis = new Redis(REDIS_TEST_URL);
    afterAll(async () => {
      await deleteKeys(prefix);
      await redis.quit();
    });

    it('keep the total and never go negative', async () => {
      const core = new RedisCoreBanking(redis, prefix);
      await core.seed();
      await run(core, core.audit, () => core.allBalances());
    });
  });
});
