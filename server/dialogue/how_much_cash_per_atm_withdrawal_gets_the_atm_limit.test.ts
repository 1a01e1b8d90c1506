/**
 * "how much cash can I take out per atm transaction" started the recent-transactions flow (a verification
 * prompt): the intent model hears "transaction", and "how much cash can I" was not read as asking how much
 * may be done, so the ATM-limit article (¥3,000 a withdrawal) that retrieval ranked first was passed over.
 * Now "how much (money|cash) can I" asks for a limit like "how much can I"; a request with an amount still
 * starts the flow. The reading on its own, and through the real server in both languages.
 */
import { describe, expect, it } from 'vitest';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Understanding } from '../nlu/understanding.ts';
import type { Locale } from '../protocol/protocol.ts';
import { expectArticle } from '../test/support/expect_article.ts';
import { asksForInformation } from './information_question.ts';

const understood = (text: string, entities: Understanding['entities'] = []): Understanding => ({
  text,
  locale: 'en',
  intent: { top: null, ranking: [], outOfScope: false },
  entities,
  faq: [],
  sentiment: 0,
});

describe('how much may be taken out', () => {
  it.each([
    'how much cash can I take out per atm transaction',
    'how much money can I withdraw at an ATM',
    'how much can I take out per withdrawal',
  ])('"%s" asks for information', (text) => expect(asksForInformation(understood(text))).toBe(true));

  it.each(['show me my recent transactions', 'I want to take out cash'])('"%s" does not', (text) =>
    expect(asksForInformation(understood(text))).toBe(false),
  );
});

const ASKED: Array<[Locale, string]> = [
  ['en', 'how much cash can I take out per atm transaction'],
  ['zh-CN', 'ATM一次最多取多少'],
];

describe('the ATM limit asked per withdrawal', () => {
  const kit = useTransactionsServer({ redis: false, features: [handoffForTests()] }, 180_000);

  it.each(ASKED)('%s "%s" gets the ATM withdrawal limit article, no verification', async (locale, text) => {
    const reply = await expectArticle(kit(), locale, text, 'atm_withdrawal_limit');
    expect(reply.text).toMatch(/3,000|3000/);
    expect(reply.kind).not.toBe('flow');
  });
});
