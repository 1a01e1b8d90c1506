/**
 * Test support: the customers' cards put back in use after each test, so a card one test froze does not
 * change what the next one is told.
 */
import { afterEach } from 'vitest';
import type { TransactionsServer } from './transactions_test_kit.ts';

/** After each test of the enclosing block, unfreezes each of `cards` (a customer id and a card id). */
export function useCardsInUseAfterEach(
  kit: () => TransactionsServer,
  cards: readonly { readonly id: string; readonly card: string }[],
): void {
  afterEach(async () => {
    for (const { id, card } of cards) await kit().feature.core.changeCard(id, card, 'unfreeze');
  });
}
