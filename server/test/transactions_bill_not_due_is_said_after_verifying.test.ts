/**
 * "pay my electricity bill" / "交电费" from 李娜, who has no electricity bill: after the code and PIN the flow
 * asked "Which bill would you like to pay?" offering only her property fee, as if that were the bill she
 * meant. Through the real server (trained intent model, real sockets and Redis): once she is verified (and
 * not before: nothing about her bills is said until then) the flow says plainly that no electricity bill is
 * due and lists what is; when nothing is due at all it says so and ends. Both locales.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

/** 李娜: one bill, the property fee (¥1,280.00 due); no electricity bill. */
const LI_NA = { phone: '13800000002', pin: '246802' };
const PAY: Record<Locale, string> = { 'zh-CN': '交电费', en: 'pay my electricity bill' };
const NOT_DUE: Record<Locale, string> = {
  'zh-CN': '您目前没有待缴的电费。',
  en: 'You have no electricity bill due.',
};
const PROPERTY: Record<Locale, string> = { 'zh-CN': '物业费¥1,280.00', en: 'Property fee CNY 1,280.00' };
const LABEL: Record<Locale, string> = { 'zh-CN': '物业费 ¥1,280.00', en: 'Property fee CNY 1,280.00' };
const NOTHING_ELSE: Record<Locale, string> = {
  'zh-CN': '其他缴费项目目前也没有待缴费用。',
  en: 'Nothing else is due right now either.',
};

describe.skipIf(!available)('a bill that is not due, said once the customer is verified', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  it.each(['zh-CN', 'en'] as const)(
    '%s: no electricity bill is said, and the bills due offered',
    async (locale) => {
      const chat = await Chat.open(kit, 'app', locale);
      const first = await chat.say(PAY[locale]);
      // Before verification nothing about her bills.
      expect(first.text).not.toContain(NOT_DUE[locale]);
      expect(first.text).not.toMatch(/物业|Property|1,280/);
      const asked = await chat.verify(LI_NA.phone, LI_NA.pin);
      expect(asked.text).toContain(NOT_DUE[locale]);
      expect(asked.text).toContain(PROPERTY[locale]);
      expect(asked.quickReplies.map((q) => q.label)).toEqual([LABEL[locale]]);
      // The flow stays open: the bill offered can be picked.
      const next = await chat.say(asked.quickReplies[0]!.text);
      expect(next.text).toMatch(
        locale === 'zh-CN' ? /物业费待缴¥1,280\.00/ : /Property fee bill is CNY 1,280\.00/,
      );
      chat.close();
    },
  );

  it.each(['zh-CN', 'en'] as const)('%s kiosk: said without figures', async (locale) => {
    const chat = await Chat.open(kit, 'kiosk', locale);
    await chat.say(PAY[locale]);
    const asked = await chat.verify(LI_NA.phone, LI_NA.pin);
    expect(asked.text).toContain(NOT_DUE[locale]);
    expect(asked.text).not.toContain('1,280');
    chat.close();
  });

  // Last: pays the property fee, so nothing is due any more.
  it.each(['zh-CN', 'en'] as const)(
    '%s: when nothing is due, that is said and the flow ends',
    async (locale) => {
      if (locale === 'zh-CN') {
        const payer = await Chat.open(kit, 'app', 'zh-CN');
        await payer.say('交物业费');
        await payer.verify(LI_NA.phone, LI_NA.pin);
        await payer.say('尾号4321');
        const done = await payer.say('确认');
        expect(done.text).toContain('缴费成功');
        payer.close();
      }
      const chat = await Chat.open(kit, 'app', locale);
      await chat.say(PAY[locale]);
      const asked = await chat.verify(LI_NA.phone, LI_NA.pin);
      expect(asked.text).toContain(NOT_DUE[locale]);
      expect(asked.text).toContain(NOTHING_ELSE[locale]);
      expect(asked.quickReplies).toEqual([]);
      expect(asked.card?.type).not.toBe('confirm');
      chat.close();
    },
  );
});
