/**
 * "房贷能提前还吗" then "要交违约金吗" got the whole mortgage prepayment article again: "交" is nowhere in it, so
 * the follow-up was not read against it. "is there a penalty?" got its line. Now a short follow-up whose content
 * words (违约金, penalty) appear in some lines of the last article gets those lines, like the fee, time and
 * document follow-ups do.
 */
import { describe, expect, it } from 'vitest';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';

const PREPAYMENT = 'mortgage_prepayment';

/** [locale, the question, the follow-up, the penalty line, a line that is not about it] */
const CASES: Array<[Locale, string, string, RegExp, RegExp]> = [
  ['zh-CN', '房贷能提前还吗', '要交违约金吗', /1%的违约金/, /公积金/],
  ['en', 'can I pay off my mortgage early', 'is there a penalty?', /1% of the principal/, /provident fund/],
];

describe('through the server', () => {
  const kit = useTransactionsServer({ redis: false, features: [handoffForTests()] }, 180_000);

  it.each(CASES)(
    '%s "%s", then "%s": the lines on the penalty',
    async (locale, asked, penalty, line, other) => {
      const chat = await Chat.open(kit(), 'app', locale);
      const first = await chat.say(asked);
      const reply = await chat.say(penalty);
      chat.close();
      expect(first.source?.id).toBe(PREPAYMENT);
      expect(reply.source?.id, reply.text).toBe(PREPAYMENT);
      expect(reply.text).toMatch(line);
      expect(reply.text).not.toMatch(other);
    },
  );
});
