/**
 * "what's the fee for a cross-bank transfer" got the cross-border remittance answer: the intent model hears
 * "cross" as a border, and retrieval did not know "cross-bank" for another bank, so the transfer-fees article
 * stayed under the answer threshold. Now "cross-bank" reads as another bank (synonyms.ts) and the article
 * answers, in both languages ("跨行转账手续费多少" already did); a remittance abroad keeps its article.
 * Retrieval on its own, and through the real server.
 */
import { describe, expect, it } from 'vitest';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { expectArticle } from '../test/support/expect_article.ts';
import { shippedKnowledgeBase } from './testing/shipped_knowledge_base.ts';

const kb = shippedKnowledgeBase();

const FEES: Array<[Locale, string]> = [
  ['en', "what's the fee for a cross-bank transfer"],
  ['en', 'is there a charge for cross bank transfers'],
  ['zh-CN', '跨行转账手续费多少'],
];

describe('retrieval', () => {
  it.each(FEES)('%s "%s" finds the transfer fees first, over the answer threshold', (locale, text) => {
    const [top] = kb.search(text, locale, 3);
    expect(top?.article.id).toBe('transfer_fees');
    expect(top?.score).toBeGreaterThan(0.5);
  });

  it('a fee for sending money abroad keeps the remittance article', () => {
    expect(kb.top('how much does it cost to send money abroad', 'en')).toBe('cross_border_remittance_limits');
  });
});

describe('through the server', () => {
  const kit = useTransactionsServer({ redis: false, features: [handoffForTests()] }, 180_000);

  it.each(FEES)('%s "%s" gets the transfer fees article', async (locale, text) => {
    const reply = await expectArticle(kit(), locale, text, 'transfer_fees');
    expect(reply.text).not.toMatch(/SWIFT/);
  });
});
