/**
 * After the interest worked out on an amount and a term ("interest on 50k fixed deposit for 2 years",
 * "存10万定期一年利息多少"), "what about 3 years?" / "那三年呢" got the rates list, and "if I put 100k instead" /
 * "那存20万呢" the fallback or the whole rates article. Now a follow-up that changes only the amount or only
 * the term gets the interest worked out again, with the other kept from the last one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';

const RATES = 'deposit_interest_rates';
const FIRST: Record<Locale, string> = {
  en: 'interest on 50k fixed deposit for 2 years',
  'zh-CN': '存10万定期一年利息多少',
};

/** [locale, the follow-ups, what the last reply says] */
const CHANGES: Array<[Locale, string[], RegExp]> = [
  ['en', ['what about 3 years?'], /¥50,000 in a 3-year time deposit at 1\.50% earns about ¥2,250\.00/],
  ['en', ['and for 5 years'], /¥50,000 in a 5-year time deposit at 1\.55% earns about ¥3,875\.00/],
  ['en', ['if I put 100k instead'], /¥100,000 in a 2-year time deposit at 1\.20% earns about ¥2,400\.00/],
  [
    'en',
    ['what about 3 years?', 'if I put 100k instead'],
    /¥100,000 in a 3-year time deposit at 1\.50% earns about ¥4,500\.00/,
  ],
  ['zh-CN', ['那三年呢'], /100,000元存3年整存整取定期，年利率1\.50%，到期利息约4,500\.00元/],
  ['zh-CN', ['那存20万呢'], /200,000元存1年整存整取定期，年利率1\.10%，到期利息约2,200\.00元/],
  ['zh-CN', ['那三年呢', '那存20万呢'], /200,000元存3年整存整取定期，年利率1\.50%，到期利息约9,000\.00元/],
];

describe('through the server', () => {
  let kit: TransactionsServer;
  beforeAll(async () => {
    kit = await transactionsServer({ redis: false, features: [handoffForTests()] });
  }, 180_000);
  afterAll(() => kit?.close());

  it.each(CHANGES)('%s after the interest worked out, %j: worked out again', async (locale, said, line) => {
    const chat = await Chat.open(kit, 'app', locale);
    await chat.say(FIRST[locale]);
    let reply = await chat.say(said[0]!);
    for (const next of said.slice(1)) reply = await chat.say(next);
    chat.close();
    expect(reply.source?.id, reply.text).toBe(RATES);
    expect(reply.text).toMatch(line);
  });
});
