/**
 * "交电费": after the code and PIN the flow asked only "请问从哪个账户付款？", and "电费多少来着" got the general
 * bill-payment article: what was due was shown only at the read-back. Through the real server: in the app
 * the amount due is said with the account question, in both locales; a kiosk asks without the figure (it
 * is on the read-back screen).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Chat, transactionsServer, type TransactionsServer } from '../flows/testing/transactions_test_kit.ts';
import type { Locale } from '../protocol/protocol.ts';
import { redisAvailable } from './support/harness.ts';

const available = await redisAvailable();

/** 张伟: two accounts; electricity ¥236.50 due. */
const ZHANG_WEI = { phone: '13800000001', pin: '135790' };
const PAY: Record<Locale, string> = { 'zh-CN': '交电费', en: 'pay my electricity bill' };
const DUE: Record<Locale, string> = {
  'zh-CN': '国网电费待缴¥236.50。',
  en: 'Your Electricity (State Grid) bill is CNY 236.50.',
};

describe.skipIf(!available)('the bill due, said with the account question', () => {
  let kit: TransactionsServer;

  beforeAll(async () => {
    kit = await transactionsServer({ otp: { resendCooldownMs: 0 } });
  });
  afterAll(() => kit.close());

  it.each(['zh-CN', 'en'] as const)('%s app: the amount due comes with "which account"', async (locale) => {
    const chat = await Chat.open(kit, 'app', locale);
    await chat.say(PAY[locale]);
    const asked = await chat.verify(ZHANG_WEI.phone, ZHANG_WEI.pin);
    expect(asked.text).toContain(DUE[locale]);
    expect(asked.quickReplies).toHaveLength(2);
    chat.close();
  });

  it('zh-CN kiosk: the account is asked without the figure', async () => {
    const chat = await Chat.open(kit, 'kiosk', 'zh-CN');
    await chat.say(PAY['zh-CN']);
    const asked = await chat.verify(ZHANG_WEI.phone, ZHANG_WEI.pin);
    expect(asked.text).toContain('请问从哪个账户付款');
    expect(asked.text).not.toContain('236');
    chat.close();
  });
});
