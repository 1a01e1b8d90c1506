/**
 * After the deposit-rates article, "50000 for 1 year" / "存五万 三年" got the whole article again. Now an
 * amount and a term, as a follow-up or in a first message that names a deposit, get the interest worked out
 * at the posted rate for that term, with the formula and the caveat; a term the bank does not offer is told
 * the terms there are, and ¥200,000 or more also hears the large-denomination CD rates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import { handoffForTests } from '../handoff/testing/agent_client.ts';
import type { Locale } from '../protocol/protocol.ts';

const RATES = 'deposit_interest_rates';
/** What only the whole article says: the regular-savings rates. */
const WHOLE: Record<Locale, RegExp> = { en: /Regular monthly savings/, 'zh-CN': /零存整取/ };
const FIRST: Record<Locale, string> = { en: 'i want to open a fixed deposit', 'zh-CN': '定期存款利率多少' };

/** [locale, the follow-up, what the reply says] */
const FOLLOW_UPS: Array<[Locale, string, RegExp[]]> = [
  ['en', '50000 for 1 year', [/¥50,000 in a 1-year time deposit at 1\.10% earns about ¥550\.00/, /posted/]],
  ['en', 'how much would I get for 20k over 2 years', [/1\.20%/, /¥480\.00/]],
  ['en', '50,000 for 4 years', [/no 4-year term/, /3 years 1\.50%, 5 years 1\.55%/]],
  [
    'en',
    '¥300,000 for 3 years',
    [/¥13,500\.00/, /large-denomination CD pays 1\.30% for 1 year and 1\.75% for 3 years/],
  ],
  [
    'zh-CN',
    '存五万 三年',
    [/50,000元存3年整存整取定期，年利率1\.50%，到期利息约2,250\.00元/, /以办理时App和网点公布为准/],
  ],
  ['zh-CN', '十万存一年利息多少', [/1\.10%/, /1,100\.00元/, /本金×年利率×存期/]],
  ['zh-CN', '5万存4年利息多少', [/没有4年期/, /3年1\.50%、5年1\.55%/]],
  // Read as a complaint by the intent model, and handed over.
  ['zh-CN', '存5万 3年', [/50,000元存3年整存整取定期，年利率1\.50%，到期利息约2,250\.00元/]],
  ['zh-CN', '存5万 5年', [/50,000元存5年整存整取定期，年利率1\.55%，到期利息约3,875\.00元/]],
  ['zh-CN', '30万存一年', [/3,300\.00元/, /大额存单：1年1\.30%、3年1\.75%/, /3,900\.00元/]],
];

/** [locale, a first message naming a deposit, an amount and a term, the interest] */
const FIRST_MESSAGES: Array<[Locale, string, RegExp]> = [
  [
    'en',
    'interest on 50k fixed deposit for 2 years',
    /¥50,000 in a 2-year time deposit at 1\.20% earns about ¥1,200\.00/,
  ],
  ['zh-CN', '存10万定期一年利息多少', /100,000元存1年整存整取定期，年利率1\.10%，到期利息约1,100\.00元/],
];

describe('through the server', () => {
  let kit: TransactionsServer;
  beforeAll(async () => {
    kit = await transactionsServer({ redis: false, features: [handoffForTests()] });
  }, 180_000);
  afterAll(() => kit?.close());

  it.each(FOLLOW_UPS)(
    '%s after the deposit rates, "%s": the interest worked out',
    async (locale, said, lines) => {
      const chat = await Chat.open(kit, 'app', locale);
      const first = await chat.say(FIRST[locale]);
      const reply = await chat.say(said);
      chat.close();
      expect(first.source?.id).toBe(RATES);
      expect(reply.source?.id, reply.text).toBe(RATES);
      for (const line of lines) expect(reply.text).toMatch(line);
      expect(reply.text).not.toMatch(WHOLE[locale]);
    },
  );

  it.each(FIRST_MESSAGES)(
    '%s "%s" as a first message: the interest worked out',
    async (locale, said, line) => {
      const chat = await Chat.open(kit, 'app', locale);
      const reply = await chat.say(said);
      chat.close();
      expect(reply.source?.id, reply.text).toBe(RATES);
      expect(reply.text).toMatch(line);
      expect(reply.text).not.toMatch(WHOLE[locale]);
    },
  );

  it.each([
    ['zh-CN', '贷款五万三年利息多少'],
    ['en', 'interest on a 50k loan over 3 years'],
  ] as const)('%s "%s": a loan, no deposit interest', async (locale, said) => {
    const chat = await Chat.open(kit, 'app', locale);
    const reply = await chat.say(said);
    chat.close();
    expect(reply.text).not.toMatch(/整存整取定期，年利率|time deposit at/);
  });
});
