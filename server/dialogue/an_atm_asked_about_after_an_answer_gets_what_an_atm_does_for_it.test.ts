/**
 * After buying foreign currency, "在ATM上能换吗" / "can i do it at the atm" got the ATM withdrawal limits, which
 * the words alone retrieve. Now a short question whether the last subject can be done at a cash machine is
 * asked again after the last question, and answered with the ATM lines of the best match on that subject: for
 * foreign currency, that a debit card withdraws local currency at UnionPay ATMs abroad (and the fee), not the
 * daily limit at home. After cash deposits, the cash-deposit article's own line on ATMs.
 */
import { describe, expect, it } from 'vitest';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';
import { asksAboutAnAtm } from './atm_question.ts';

/** [locale, the question, its article, the follow-up, the article answering it, a line it says, one it does not] */
const CASES: Array<[Locale, string, string, string, string, RegExp, RegExp]> = [
  [
    'zh-CN',
    '我想换点美元',
    'foreign_currency_exchange',
    '在ATM上能换吗',
    'overseas_cash_withdrawal',
    /境外带银联标识的ATM提取当地货币/,
    /单日累计取现限额为2万元/,
  ],
  [
    'en',
    'I want to exchange some US dollars',
    'foreign_currency_exchange',
    'can i do it at the atm',
    'overseas_cash_withdrawal',
    /withdraw local currency at ATMs abroad that show the UnionPay logo/,
    /up to ¥20,000 per day/,
  ],
  [
    'zh-CN',
    '怎么存现金',
    'large_cash_deposit',
    '在ATM上能存吗',
    'large_cash_deposit',
    /ATM单笔最多存100张/,
    /反洗钱/,
  ],
  [
    'en',
    'how do I deposit cash',
    'large_cash_deposit',
    'can I do it at an atm?',
    'large_cash_deposit',
    /An ATM takes up to 100 notes/,
    /anti-money-laundering/,
  ],
];

describe('what asks about an ATM', () => {
  it.each(['在ATM上能换吗', '用ATM可以吗', 'can i do it at the atm', 'could I get them from a cash machine'])(
    '"%s" does',
    (said) => expect(asksAboutAnAtm(said)).toBe(true),
  );
  it.each(['ATM取款限额是多少', '附近有ATM吗', 'where is the nearest atm', 'the atm ate my card'])(
    '"%s" does not',
    (said) => expect(asksAboutAnAtm(said)).toBe(false),
  );
});

describe('through the server', () => {
  const kit = useTransactionsServer({ redis: false, features: [handoffForTests()] }, 180_000);

  it.each(CASES)(
    '%s "%s" (%s), then "%s": what an ATM does for it',
    async (locale, asked, article, atm, answering, line, other) => {
      const chat = await Chat.open(kit(), 'app', locale);
      const first = await chat.say(asked);
      const reply = await chat.say(atm);
      chat.close();
      expect(first.source?.id).toBe(article);
      expect(reply.source?.id, reply.text).toBe(answering);
      expect(reply.text).toMatch(line);
      expect(reply.text).not.toMatch(other);
    },
  );
});
