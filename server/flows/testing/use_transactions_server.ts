/**
 * A transactions server shared by the tests of one block: started before them and closed after them.
 * Kept apart from the kit because it registers vitest hooks, and the kit is also used by scripts.
 */
import { afterAll, beforeAll } from 'vitest';
import { transactionsServer, type TransactionsServer } from './transactions_test_kit.ts';

/**
 * Starts a transactions server for the enclosing describe block (or file) before all its tests and closes
 * it after them. `timeoutMs` is the start hook's timeout (vitest's default when omitted). Returns a getter
 * for the running server, to call inside the tests.
 */
export function useTransactionsServer(
  options?: Parameters<typeof transactionsServer>[0],
  timeoutMs?: number,
): () => TransactionsServer {
  let kit: TransactionsServer | undefined;
  beforeAll(async () => {
    kit = await transactionsServer(options);
  }, timeoutMs);
  afterAll(() => kit?.close());
  return () => {
    if (!kit) throw new Error('the transactions server is not running (use it inside a test)');
    return kit;
  };
}
