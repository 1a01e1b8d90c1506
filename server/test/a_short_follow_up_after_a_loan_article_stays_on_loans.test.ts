/**
 * After the loan or mortgage article, a short follow-up ("利率多少？", "要多久能批下来", "what's the rate?", "how long
 * does approval take") asks about that loan. "要多久能批下来" drifted to the credit-card application article (批
 * was read as a subject of its own), "what's the rate?" after the mortgage article got exchange rates (its
 * "Rate: set from the Loan Prime Rate" did not count as speaking of a rate, only "interest" did), and "how long
 * does approval take" got the loan's rate sentence (the one with "approval" in it) instead of how many days
 * the decision takes. Now each gets the lines of the article just read that answer it. Through the real
 * server (trained intent model, shipped articles).
 */
import { describe, expect, it } from 'vitest';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';

/** [locale, the question, its article, the follow-up, what the answer must say] */
const CASES: Array<[Locale, string, string, string, RegExp]> = [
  ['zh-CN', '申请贷款需要什么条件', 'loan_application_requirements', '利率多少？', /利率/],
  ['zh-CN', '申请贷款需要什么条件', 'loan_application_requirements', '要多久能批下来', /3至5个工作日/],
  ['zh-CN', '怎么申请房贷', 'mortgage_application', '利率多少？', /LPR/],
  ['zh-CN', '怎么申请房贷', 'mortgage_application', '要多久能批下来', /5至10个工作日/],
  ['en', 'what do I need to apply for a loan', 'loan_application_requirements', "what's the rate?", /rate/],
  [
    'en',
    'what do I need to apply for a loan',
    'loan_application_requirements',
    'how long does approval take',
    /3 to 5 working days/,
  ],
  ['en', 'how do I apply for a mortgage', 'mortgage_application', "what's the rate?", /Loan Prime Rate/],
  [
    'en',
    'how do I apply for a mortgage',
    'mortgage_application',
    'how long does approval take',
    /5 to 10 business days/,
  ],
];

describe('a short follow-up after a loan or mortgage article', () => {
  const kit = useTransactionsServer({ redis: false, features: [handoffForTests()] }, 180_000);

  it.each(CASES)(
    '%s "%s" (%s), then "%s": that article answers it',
    async (locale, q, article, followUp, says) => {
      const chat = await Chat.open(kit(), 'app', locale);
      const first = await chat.say(q);
      const reply = await chat.say(followUp);
      chat.close();
      expect(first.source?.id).toBe(article);
      expect(reply.kind, reply.text).toBe('faq');
      expect(reply.source?.id, reply.text).toBe(article);
      expect(reply.text).toMatch(says);
      // Only the lines that answer it, not the whole article again.
      expect(reply.text.length).toBeLessThan(first.text.length);
    },
  );
});
