/**
 * Test support: an account's balance in the sandbox core banking on Redis, to check what a transfer moved
 * (and that nothing moved before the customer confirmed).
 */
import type { RedisCoreBanking } from '../../banking/redis_core_banking.ts';
import type { TransactionsServer } from './transactions_test_kit.ts';

/** The balance of the sandbox account `id` on the server's Redis core banking, undefined for no such account. */
export async function accountBalance(kit: TransactionsServer, id: string): Promise<number | undefined> {
  return (await (kit.feature.core as RedisCoreBanking).allBalances()).get(id);
}
