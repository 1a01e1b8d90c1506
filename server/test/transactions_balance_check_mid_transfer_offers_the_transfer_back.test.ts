/**
 * "给李娜转500", verified, then "等等，我卡里还有多少钱" / "hang on, what's my balance first": the balance was
 * shown and the transfer silently dropped; the customer had to start it again from the beginning. Through
 * the real server, on both channels: the balance is shown, the customer is asked whether to carry on with
 * the transfer, and "继续" / "continue" picks it up with its payee and amount (read back before any money
 * moves); "不用了" / "no thanks" lets it go and says it was not done.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Chat,
  transactionsServer,
  type TransactionsServer,
  cardField as field,
} from '../flows/testing/transactions_test_kit.ts';
import type { Channel, Locale, Reply } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

const ZHANG_WEI = { phone: '13800000001', pin: '135790' };
const START: Record<Locale, string> = { 'zh-CN': '给李娜转500', en: 'send 500 to Li Na' };
const BALANCE: Record<Locale, string> = {
  'zh-CN': '等等，我卡里还有多少钱',
  en: "hang on, what's my balance first",
};
const ASKED: Record<Locale, RegExp> = { 'zh-CN': /刚才的转账还要继续吗/, en: /carry on with your transfer/ };
const RESUME_TYPED: Record<Locale, string> = { 'zh-CN': '继续转账', en: 'continue with the transfer' };
const L = { amount: { 'zh-CN': '金额', en: 'Amount' }, payee: { 'zh-CN': '收款人', en: 'Payee' } } as const;

describe.skipIf(!available)('a balance check in the middle of a transfer', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  async function balanceMidTransfer(locale: Locale, channel: Channel): Promise<[Chat, Reply]> {
    const chat = await Chat.open(kit, channel, locale);
    await chat.say(START[locale]);
    const asked = await chat.verify(ZHANG_WEI.phone, ZHANG_WEI.pin);
    expect(asked.intent).toBe('transfer_money');
    const balance = await chat.say(BALANCE[locale]);
    expect(balance.intent).toBe('check_balance');
    expect(balance.card?.type).toBe('balance');
    return [chat, balance];
  }

  it.each([
    ['zh-CN', 'app'],
    ['zh-CN', 'kiosk'],
    ['en', 'app'],
    ['en', 'kiosk'],
  ] as Array<[Locale, Channel]>)(
    '%s %s: the transfer is offered back and picked up',
    async (locale, channel) => {
      const [chat, balance] = await balanceMidTransfer(locale, channel);
      expect(balance.text).toMatch(ASKED[locale]);
      const resume = balance.quickReplies[balance.quickReplies.length - 2];
      expect(resume).toBeDefined();
      // Typed at the kiosk as people say it; pressed in the app.
      const back = await chat.say(channel === 'kiosk' ? RESUME_TYPED[locale] : resume!.text);
      expect(back.intent).toBe('transfer_money');
      // Zhang Wei has two accounts: which one is asked, then the transfer is read back with its payee and amount.
      const confirm = back.card?.type === 'confirm' ? back : await chat.say(back.quickReplies[0]!.text);
      expect(confirm.card?.type).toBe('confirm');
      expect(field(confirm, L.payee[locale])).toMatch(/李娜|Li Na/);
      expect(field(confirm, L.amount[locale])).toMatch(/500\.00/);
      chat.close();
    },
  );

  it.each([
    ['zh-CN', '不用了', '转账没有办理'],
    ['en', 'no thanks', 'I have not gone ahead with your transfer'],
  ] as const)('%s "%s" lets the transfer go', async (locale, text, said) => {
    const [chat] = await balanceMidTransfer(locale, 'app');
    const reply = await chat.say(text);
    expect(reply.text).toContain(said);
    // Nothing to pick up any more.
    expect((await chat.say(locale === 'zh-CN' ? '继续' : 'continue')).intent).not.toBe('transfer_money');
    chat.close();
  });
});
