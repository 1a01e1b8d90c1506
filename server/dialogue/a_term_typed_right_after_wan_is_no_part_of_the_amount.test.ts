/**
 * "存5万4年利息多少" read 5万4 as 54,000, and then, with 年 after it, as no amount at all: the whole deposit-rates
 * article came back. Now a digit typed right after 万 and before a term (年, 个月, 天) is the term's count:
 * ¥50,000 for 4 years, told the terms there are (no 4-year one), and ¥50,000 for 3 years worked out. "5万4"
 * alone stays 54,000 (the entity tests). In English the amount was never misread ("50k"): the same question
 * there is a guard.
 */
import { describe, expect, it } from 'vitest';
import { Chat } from '../flows/testing/transactions_test_kit.ts';
import { useTransactionsServer } from '../flows/testing/use_transactions_server.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';

const RATES = 'deposit_interest_rates';
/** What only the whole article says: the regular-savings rates. */
const WHOLE: Record<Locale, RegExp> = { en: /Regular monthly savings/, 'zh-CN': /零存整取/ };

/** [locale, a first message, what the reply says] */
const CASES: Array<[Locale, string, RegExp[]]> = [
  ['zh-CN', '存5万4年利息多少', [/没有4年期/, /算50,000元的利息/]],
  ['zh-CN', '存5万3年利息多少', [/50,000元存3年整存整取定期，年利率1\.50%，到期利息约2,250\.00元/]],
  ['en', 'interest on a 50k deposit for 4 years', [/no 4-year term/, /interest on ¥50,000/]],
];

describe('through the server', () => {
  const kit = useTransactionsServer({ redis: false, features: [handoffForTests()] }, 180_000);

  it.each(CASES)('%s "%s": the interest on ¥50,000 for that term', async (locale, said, lines) => {
    const chat = await Chat.open(kit(), 'app', locale);
    const reply = await chat.say(said);
    chat.close();
    expect(reply.source?.id, reply.text).toBe(RATES);
    for (const line of lines) expect(reply.text).toMatch(line);
    expect(reply.text).not.toMatch(/54,000/);
    expect(reply.text).not.toMatch(WHOLE[locale]);
  });
});
