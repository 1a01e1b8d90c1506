/**
 * Found in a walkthrough: on the lobby screen, "Where is the ATM?" / "ATM在哪" got the ATM withdrawal-limit
 * article (or the list of branches in other cities), and "存钱去哪里" / "where do I deposit cash" the fallback
 * or the large-deposit rules. A question where to find a machine or a counter is answered by where it is: on
 * the lobby screen, where the customer stands in a branch, the lobby's self-service area and the lobby
 * manager; in the app, the branches and the branch finder. A question about somewhere else ("附近哪里有ATM") keeps
 * the branches, and one about the machine's limit keeps its article. Through the real server.
 */
import { describe, expect, it } from 'vitest';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { expectArticle } from './support/expect_article.ts';

const S = {
  'zh-CN': {
    asks: ['ATM在哪', '存钱去哪里'],
    elsewhere: '附近哪里有ATM',
    limit: 'ATM一次最多取多少',
    inTheBranch: /大堂经理/,
    branches: /中关村支行/,
    finder: /网点查询/,
  },
  en: {
    asks: ['Where is the ATM?', 'where do I deposit cash'],
    elsewhere: 'where is the nearest ATM',
    limit: 'what is the daily ATM withdrawal limit?',
    inTheBranch: /lobby manager/,
    branches: /Zhongguancun/,
    finder: /Branch Finder/,
  },
} as const;

describe('where a machine or a counter is', () => {
  const kit = useTransactionsServer({ redis: false, features: [handoffForTests()] });

  describe.each(['zh-CN', 'en'] as const)('%s', (locale: Locale) => {
    const s = S[locale];

    it.each(s.asks)('on the lobby screen "%s": the self-service area and the lobby manager', async (text) => {
      const reply = await expectArticle(kit(), locale, text, 'branch_locations', 'kiosk');
      expect(reply.text).toMatch(s.inTheBranch);
      expect(reply.text).not.toMatch(s.branches);
    });

    it.each(s.asks)('in the app "%s": the branches and the branch finder', async (text) => {
      const reply = await expectArticle(kit(), locale, text, 'branch_locations');
      expect(reply.text).toMatch(s.finder);
      expect(reply.text).toMatch(s.branches);
    });

    it('somewhere else, even on the lobby screen: the branches', async () => {
      const reply = await expectArticle(kit(), locale, s.elsewhere, 'branch_locations', 'kiosk');
      expect(reply.text).toMatch(s.branches);
    });

    it("the machine's limit keeps its article", async () => {
      await expectArticle(kit(), locale, s.limit, 'atm_withdrawal_limit', 'kiosk');
    });
  });
});
